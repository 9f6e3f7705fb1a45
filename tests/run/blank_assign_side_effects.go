// Assignments to the blank identifier still evaluate their right-hand sides.
package main

var n int

func bump() int {
	n++
	return n
}

func two() (int, int) {
	n += 10
	return n, n
}

func main() {
	_ = bump()
	_, _ = two()
	a, _ := two()
	_, b := bump(), bump()
	var _ = bump()
	println(n, a, b)
	for _ = range []int{1, 2} {
		bump()
	}
	println(n)
	s := []int{1, 2}
	i := 5
	func() {
		defer0 := 0
		_ = defer0
	}()
	_ = i
	_ = s
	println("ok")
}
