// Tests == on arrays and structs holding floats (NaN, -0), strings and nested composites.
package main

type S struct {
	f float64
	s string
	a [2]int8
}

func zero() float64 { return 0 }

func main() {
	nan := zero() / zero()
	negz := -zero()
	println([1]float64{nan} == [1]float64{nan}, [1]float64{negz} == [1]float64{0})
	a := S{1.5, "x", [2]int8{1, -1}}
	b := a
	println(a == b, a != b)
	b.s = "x" + ""
	println(a == b)
	b.a[1] = 1
	println(a == b)
	c := S{nan, "", [2]int8{}}
	println(c == c, c != c)
	type Pair struct{ l, r [2]string }
	p := Pair{[2]string{"a", "b"}, [2]string{"c", "d"}}
	q := Pair{l: [2]string{"a", "b"}, r: [2]string{"c", "d"}}
	println(p == q, p.l == q.r)
}
