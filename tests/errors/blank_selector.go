// Tests that blank fields and methods can never be selected, and that a
// blank method does not clash with a blank field.
package main

type T struct{ _ int }

func (T) _() {}

func main() {
	var t T
	_ = t._ // ERROR "t._ undefined \(type T has no field or method _\)"
	_ = T._ // ERROR "T._ undefined \(type T has no field or method _\)"
	var x struct{ _ int }
	_ = x._ // ERROR "x._ undefined \(type struct{_ int} has no field or method _\)"
}
