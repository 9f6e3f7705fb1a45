// Tests a method declared twice, and a method with the same name as a field.
package main

type T struct{ n int }

func (T) m()  {}
func (*T) m() {} // ERROR "T.m redeclared in this block"

func (T) n() {} // ERROR "field and method with the same name n"

func main() {}
