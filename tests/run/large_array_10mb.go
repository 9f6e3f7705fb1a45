// A 16 MiB array allocated through new and a large local, used sparsely.
package main

const N = 2 << 20

func touch(a *[N]int64) int64 {
	a[0] = 1
	a[N-1] = 2
	a[N/2] = 3
	return a[0] + a[N-1] + a[N/2]
}

func main() {
	p := new([N]int64)
	println(touch(p), len(p))
	var big [N]int64
	println(touch(&big), big[1])
	s := make([]byte, 12<<20)
	s[len(s)-1] = 9
	println(len(s), s[len(s)-1], s[0])
}
