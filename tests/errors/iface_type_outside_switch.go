// Tests x.(type) outside a type switch.
package main

func main() {
	var x interface{} = 1 // ERROR "x declared but not used"
	t := x.(type) // ERROR "use of \.\(type\) outside type switch"
	_ = t
	if x.(type) == int { // ERROR "use of \.\(type\) outside type switch" "int \(type\) is not an expression"
	}
}
