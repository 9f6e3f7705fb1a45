// Tests untyped constant arithmetic with big intermediate values and exact rationals.
package main

const big = 1 << 100
const huge = big * big

func main() {
	println(1 << 100 >> 98)
	println(big >> 98, huge >> 197)
	println(huge / big / big)
	const third = 1.0 / 3
	println(third * 3 == 1)
	println(0.1 + 0.2 == 0.3)
	const f = 1e300 * 1e300 / 1e300
	println(f)
	var x int64 = big >> 40
	println(x)
	const c = 'a' + 1
	println(c, string(rune(c)))
	const s = "con" + "cat"
	println(s, len(s))
	var y float32 = 1 << 24 + 1
	println(y)
	const m = -7 / 2
	const n = -7.0 / 2
	println(m, n)
	println(5 % 3, -5 % 3, 1<<62 * 2 - 1 + 1<<63 == 1<<64 - 1)
}
