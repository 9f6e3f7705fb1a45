// Tests method expressions and selectors that find no method: a named
// pointer type has no methods, a field is not a method, a pointer method
// needs a pointer receiver type.
package main

type T struct{ f int }
type P *T

func (T) t()  {}
func (*T) u() {}

func main() {
	var p P
	P.t(p)       // ERROR "P.t undefined \(type P has no field or method t\)"
	T.f(T{})     // ERROR "T.f undefined \(type T has no method f\)"
	T.u(T{})     // ERROR "cannot call pointer method u on T"
	T.zz(T{})    // ERROR "T.zz undefined \(type T has no field or method zz\)"
	(*T).u(&T{})
	p.t() // ERROR "p.t undefined \(type P has no field or method t\)"
}
