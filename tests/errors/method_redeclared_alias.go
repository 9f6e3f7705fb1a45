// Tests that a method declared again through an alias of its receiver
// type is a redeclaration.
package main

type T struct{}
type A = T

func (T) m() {}
func (A) m() {}  // ERROR "T.m redeclared in this block"
func (*A) m() {} // ERROR "T.m redeclared in this block"

type I = int

func (I) n() {} // ERROR "cannot define new methods on non-local type int"

func main() {}
