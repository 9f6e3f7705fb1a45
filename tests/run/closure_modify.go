// Tests closures that modify captured variables, arrays and structs from the enclosing function.
package main

type S struct{ a int }

func main() {
	x := 1
	arr := [3]int{1, 2, 3}
	s := S{5}
	f := func() {
		x *= 10
		arr[1] = 20
		s.a++
	}
	f()
	f()
	println(x, arr[1], s.a)
	g := func() func() int {
		return func() int { x++; return x }
	}()
	println(g(), g(), x)
}
