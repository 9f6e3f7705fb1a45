// Append growth for element types of several sizes.
package main

type T3 struct{ a, b, c byte }
type T24 struct{ a, b, c int }

func main() {
	var a []int32
	var b []T3
	var c []T24
	var d []string
	for i := 0; i < 40; i++ {
		a = append(a, 1)
		b = append(b, T3{})
		c = append(c, T24{})
		d = append(d, "x")
		print(cap(a), ",", cap(b), ",", cap(c), ",", cap(d), " ")
	}
	println()
}
