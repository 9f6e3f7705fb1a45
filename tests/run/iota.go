// Tests iota in const blocks: implicit repetition, skipping, expressions, several per line.
package main

const (
	A = iota
	B
	C
	_
	E
)

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
)

const (
	x, y = iota, iota * 10
	z, w
)

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

const (
	p = "s"
	q
	r = iota
	t
)

func main() {
	println(A, B, C, E)
	println(KB, MB, GB)
	println(x, y, z, w)
	println(Sunday, Monday, Tuesday)
	println(p, q, r, t)
	const single = iota
	println(single)
}
