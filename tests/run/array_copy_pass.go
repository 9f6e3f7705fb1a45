// Arrays are values: passing and assigning copy them.
package main

func double(a [4]int) [4]int {
	for i := range a {
		a[i] *= 2
	}
	return a
}

func doubleP(a *[4]int) {
	for i := range a {
		a[i] *= 2
	}
}

func main() {
	a := [4]int{1, 2, 3, 4}
	b := double(a)
	println(a[0], a[3], b[0], b[3])
	doubleP(&a)
	println(a[0], a[3])
	var m [2][2]int
	m2 := m
	m2[1][1] = 5
	row := m2[1]
	row[0] = 9
	println(m[1][1], m2[1][1], m2[1][0], row[0])
	println(a == [4]int{2, 4, 6, 8}, b != a)
}
