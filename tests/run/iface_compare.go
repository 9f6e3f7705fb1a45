// Interface comparison: equal when both dynamic types and values are
// equal; interfaces against concrete values; different dynamic types
// with the same underlying type are never equal.
package main

type I interface{ M() int }
type A int
type B int
type S struct {
	x int
	s string
}
type P struct{ n int }

func (a A) M() int  { return int(a) }
func (b B) M() int  { return int(b) + 100 }
func (s S) M() int  { return s.x }
func (p *P) M() int { return p.n }

func main() {
	var i1, i2 I = A(1), A(1)
	println(i1 == i2, i1 != i2)
	i2 = B(1)
	println(i1 == i2, i1.M(), i2.M())
	i2 = A(2)
	println(i1 == i2)

	// interface vs concrete value: the value is converted first
	println(i1 == A(1), i1 == A(2), i1 != B(1))

	// structs compare field by field
	var s1 I = S{1, "a"}
	var s2 I = S{1, "a"}
	var s3 I = S{1, "b"}
	println(s1 == s2, s1 == s3, s1 == S{1, "a"})

	// pointers compare by address
	p := &P{1}
	var p1, p2 I = p, p
	var p3 I = &P{1}
	println(p1 == p2, p1 == p3)

	// empty interfaces across types
	var e1 interface{} = 3
	var e2 interface{} = int64(3)
	var e3 interface{} = 3
	println(e1 == e2, e1 == e3, e1 == 3, e2 == 3)
	var e4 interface{} = "go"
	println(e4 == "go", e4 == "Go", e4 == e1)

	// an empty interface against a non-empty one
	var e5 interface{} = A(1)
	println(e5 == i1, i1 == e5)
	e5 = B(1)
	println(e5 == i1)

	// nil comparisons
	var n1, n2 I
	println(n1 == n2, n1 == nil, i1 == nil, i1 != nil)
	var en interface{}
	println(en == nil, en == n1 == true)

	// arrays of comparable elements
	var a1 interface{} = [2]string{"x", "y"}
	var a2 interface{} = [2]string{"x", "y"}
	var a3 interface{} = [3]string{"x", "y", ""}
	println(a1 == a2, a1 == a3)
	// bools and strings built at run time
	x := "g"
	var b1 interface{} = x + "o"
	println(b1 == e4)
	var t1, t2 interface{} = true, 1 > 0
	println(t1 == t2)
}
