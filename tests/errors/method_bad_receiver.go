// Tests methods on a pointer type and on a pointer-to-pointer receiver.
package main

type P *int

func (p P) m() {} // ERROR "invalid receiver type P \(pointer or interface type\)"

type T struct{}

func (t **T) n() {} // ERROR "invalid receiver type \*\*T"

func main() {}
