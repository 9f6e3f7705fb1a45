// Tests left-to-right evaluation order of calls in arguments, operands and assignments.
package main

var trace string

func v(s string, n int) int {
	trace += s
	return n
}

func sum3(a, b, c int) int { return a + b + c }

func main() {
	println(sum3(v("a", 1), v("b", 2), v("c", 3)))
	println(trace)
	trace = ""
	x := v("x", 1) + v("y", 2)*v("z", 3)
	println(x, trace)
	trace = ""
	var arr [3]int
	arr[v("i", 0)], arr[v("j", 1)] = v("k", 5), v("l", 6)
	println(arr[0], arr[1], trace)
}
