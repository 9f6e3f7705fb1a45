// Tests composite literals whose elements are elided &T{...} pointers.
package main

type A struct{ x, y int }

func main() {
	ps := []*A{{1, 2}, {3, 4}}
	arr := [2]*A{{5, 6}}
	println(ps[0].x+ps[1].y, arr[0].y, arr[1] == nil)
}
