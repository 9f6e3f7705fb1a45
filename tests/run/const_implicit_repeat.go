// Tests implicit repetition of constant expressions with iota, including
// array types and conversions inside the repeated expression.
package main

const (
	c = len([10 - iota]int{})
	d
	e
)

const (
	ok = byte(iota + 250)
	ok2
	ok3
)

type Weekday int

const (
	Sunday Weekday = iota * 2
	Monday
	Tuesday
)

func main() {
	println(c, d, e)
	println(ok, ok2, ok3)
	println(Sunday, Monday, Tuesday)
}
