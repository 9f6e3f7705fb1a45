// iota in grouped consts with skips, expressions, typed constants and big untyped arithmetic.
package main

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
)

const (
	a, b = iota, iota * 10
	c, d
	e, f
)

const huge = 1 << 100
const small = huge >> 98

const (
	x = "s"
	y
	z = len(x + y)
)

func main() {
	println(Sunday, Monday, Tuesday, Thursday)
	println(KB, MB, GB)
	println(a, b, c, d, e, f)
	println(small, huge/(1<<90))
	println(x, y, z)
	const typed int8 = -128
	println(typed, -(typed + 1))
	const fl = 1.0 / 3
	println(fl, float32(fl))
	var w Weekday = Thursday + 1
	println(w)
}
