// Comparing structs and arrays with == after copies and modification.
package main

type K struct {
	a int
	s string
	f float64
	z [2]bool
}

func main() {
	x := K{1, "a", 1.5, [2]bool{true, false}}
	y := x
	println(x == y)
	y.z[1] = true
	println(x == y, x != y)
	y = x
	y.s = "a" + ""
	println(x == y)
	nan := 0.0
	nan = nan / nan
	x.f = nan
	y = x
	println(x == y)
	arr := [3]K{}
	arr2 := arr
	println(arr == arr2)
	arr2[2].a = 1
	println(arr == arr2)
	var e1, e2 struct{}
	println(e1 == e2)
}
