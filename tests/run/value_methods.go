// Tests methods with value receivers on struct and non-struct named types.
package main

type Vec struct{ X, Y int }

func (v Vec) Add(w Vec) Vec   { return Vec{v.X + w.X, v.Y + w.Y} }
func (v Vec) Dot(w Vec) int    { return v.X*w.X + v.Y*w.Y }
func (v Vec) Scaled(k int) Vec { v.X *= k; v.Y *= k; return v }

type Celsius float64

func (c Celsius) F() float64 { return float64(c)*9/5 + 32 }

type Counter int

func (c Counter) Next() Counter { return c + 1 }

func main() {
	a := Vec{1, 2}
	b := Vec{3, 4}
	c := a.Add(b)
	println(c.X, c.Y, a.Dot(b))
	d := a.Scaled(10)
	println(a.X, d.X)
	println(Vec{5, 5}.Add(a).Dot(Vec{1, 1}))
	println(Celsius(100).F(), Celsius(-40).F())
	var n Counter
	println(n.Next().Next().Next())
}
