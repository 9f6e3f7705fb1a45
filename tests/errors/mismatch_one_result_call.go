// Tests the assignment mismatch message for a call returning one value.
package main

func oneResult() int { return 1 }

var e, f = oneResult() // ERROR "assignment mismatch: 2 variables but oneResult returns 1 value"

func main() {
	var a, b = int(1) // ERROR "assignment mismatch: 2 variables but int returns 1 value"
	println(a, b, e, f)
}
