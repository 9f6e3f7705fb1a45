// Tests positional struct literals with too many and too few values.
package main

type T struct{ a, b int }

func main() {
	t := T{1, 2, 3} // ERROR "too many values in"
	u := T{1} // ERROR "too few values in"
	println(t.a, u.a)
}
