// Tests that unary + and - need numeric operands (binary + also takes strings).
package main

func main() {
	var x string
	x = +"hello" // ERROR "invalid operation: operator \+ not defined on .hello. \(untyped string constant\)"
	x = +x       // ERROR "invalid operation: operator \+ not defined on x \(variable of type string\)"
	x = -x       // ERROR "invalid operation: operator - not defined on x \(variable of type string\)"
	println(x, +1, -2.5, ^3)
}
