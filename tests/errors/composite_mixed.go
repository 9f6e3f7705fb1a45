// Tests a struct literal mixing keyed and positional elements.
package main

type T struct{ a, b int }

func main() {
	t := T{a: 1, 2} // ERROR "mixture of field:value and value elements in struct literal"
	println(t.a)
}
