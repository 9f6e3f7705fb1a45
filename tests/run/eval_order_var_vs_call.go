// gc evaluates the calls of a statement before its plain variable operands (order unspecified by the spec).
package main

func sum(a, b int) int { return a*10 + b }

type P struct{ a, b int }

func main() {
	x := 1
	f := func() int { x++; return x }
	println(x, f())
	println(x + f())
	println(sum(x, f()))
	s := []int{x, f()}
	println(s[0], s[1])
	p := P{x, f()}
	println(p.a, p.b)
	y := x*100 + f()
	println(y)
	a, b := x, f()
	println(a, b)
	arr := [2]int{1, 2}
	h := func() int { arr[0] = 9; return 0 }
	println(arr[0], h())
	ptr := &x
	println(*ptr, f())
	println(sum(x, 0), f())
}
