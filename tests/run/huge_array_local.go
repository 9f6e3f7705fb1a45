// A 1 TiB local array compiles (moved to heap) and the allocation fails at run time as in go1.19.
package main

func use(n int) int {
	var small [1 << 20]byte // 1 MiB, on the stack
	small[n] = byte(n)
	return int(small[n])
}

func main() {
	println("start", use(7))
	var a [1 << 40]byte
	a[5] = 1
	println(a[5])
}
