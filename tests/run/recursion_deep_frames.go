// Deep recursion: 300000 small frames and 30000 frames holding arrays.
package main

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return depth(n-1) + 1
}

func frame(n int) int {
	var a [64]int
	a[n%64] = n
	if n == 0 {
		return 0
	}
	return frame(n-1) + a[n%64]%2
}

func main() {
	println(depth(300000))
	println(frame(30000))
}
