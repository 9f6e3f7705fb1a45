// Tests calling a method an interface does not have, and a method of the
// dynamic type through the interface.
package main

type Getter interface{ Get() int }

type T struct{ n int }

func (t T) Get() int  { return t.n }
func (t T) Set(n int) {}

func main() {
	var g Getter = T{1}
	g.Set(2) // ERROR "g\.Set undefined \(type Getter has no field or method Set\)"
	_ = g.n // ERROR "g\.n undefined \(type Getter has no field or method n\)"
	var e interface{} = g
	_ = e.Get() // ERROR "e\.Get undefined \(type interface\{\} has no field or method Get\)"
	_ = Getter.Set // ERROR "Getter\.Set undefined \(type Getter has no field or method Set\)"
}
