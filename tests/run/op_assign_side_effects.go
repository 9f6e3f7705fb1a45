// Op-assign and ++ evaluate the index expression exactly once.
package main

var calls int

func at(i int) int {
	calls++
	return i
}

type S struct{ v [3]int }

func getS(s *S) *S {
	calls++
	return s
}

func main() {
	a := []int{1, 2, 3}
	a[at(1)] += 10
	a[at(2)]++
	a[at(0)] <<= 3
	println(a[0], a[1], a[2], calls)
	var s S
	getS(&s).v[at(1)] -= 5
	getS(&s).v[2]++
	println(s.v[1], s.v[2], calls)
	str := "ab"
	str += str
	str += "c"
	println(str)
	f := 1.5
	f *= 4
	f /= 3
	println(f)
	u := uint8(250)
	u += 10
	u ^= 0xFF
	u &^= 0x0F
	println(u)
}
