// panic with values of named basic types and of an interface holding
// one: go1.19 prints them as main.Code(7).
package main

type Code int

type Coder interface{ Code() Code }

func (c Code) Code() Code { return c }

func main() {
	var c Coder = Code(7)
	println("code", int(c.Code()))
	panic(c)
}
