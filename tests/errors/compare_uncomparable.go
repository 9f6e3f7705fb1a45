// Tests == on slices, funcs and structs containing slices.
package main

type T struct{ s []int }

func main() {
	a, b := []int{1}, []int{1}
	println(a == b) // ERROR "slice can only be compared to nil"
	f := func() {}
	println(f == f) // ERROR "func can only be compared to nil"
	t, u := T{}, T{}
	println(t == u) // ERROR "invalid operation: t == u \(struct containing \[\]int cannot be compared\)"
}
