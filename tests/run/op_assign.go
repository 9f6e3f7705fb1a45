// Tests every op-assign operator and ++/-- on variables, array elements and struct fields.
package main

type S struct{ n int }

func main() {
	x := 100
	x += 5
	x -= 3
	x *= 2
	x /= 4
	x %= 7
	println(x)
	y := 0xF0
	y &= 0x3C
	y |= 0x01
	y ^= 0xFF
	y &^= 0x0F
	y <<= 3
	y >>= 1
	println(y)
	var a [3]int
	a[1] += 5
	a[1]++
	a[2]--
	println(a[0], a[1], a[2])
	var s S
	s.n += 10
	s.n--
	println(s.n)
	f := 1.5
	f *= 4
	f -= 0.5
	println(f)
	str := "a"
	str += "b"
	println(str)
}
