// Tests tuple assignment: swaps, rotation, index expressions evaluated before assignment.
package main

func main() {
	a, b := 1, 2
	a, b = b, a
	println(a, b)
	x, y, z := 1, 2, 3
	x, y, z = y, z, x
	println(x, y, z)
	var arr [3]int
	i := 0
	i, arr[i] = 1, 9
	println(i, arr[0], arr[1])
	arr[0], arr[1], arr[2] = arr[2], arr[0], arr[1]
	println(arr[0], arr[1], arr[2])
	s, t := "s", "t"
	s, t = t+s, s+t
	println(s, t)
	var p struct{ a, b int }
	p.a, p.b = 5, 6
	p.a, p.b = p.b, p.a
	println(p.a, p.b)
	_, c := 7, 8
	println(c)
}
