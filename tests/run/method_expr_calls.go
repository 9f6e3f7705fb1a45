// Methods called through pointers, values, and on addressable elements.
package main

type V struct{ x, y int }

func (v V) Sum() int { return v.x + v.y }
func (v *V) Scale(k int) {
	v.x *= k
	v.y *= k
}

func main() {
	vs := []V{{1, 2}, {3, 4}}
	vs[0].Scale(10)
	println(vs[0].Sum(), vs[1].Sum())
	arr := [2]V{{1, 1}, {2, 2}}
	arr[1].Scale(3)
	println(arr[1].x, arr[1].Sum())
	p := &arr
	p[0].Scale(5)
	println(arr[0].Sum())
	type W struct{ v V }
	w := W{V{2, 3}}
	w.v.Scale(2)
	println(w.v.Sum())
}
