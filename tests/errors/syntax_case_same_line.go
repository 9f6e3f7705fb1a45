// Tests a case clause following a statement on the same line.
package main

func main() {
	x := 1
	switch x {
	case 1: println(1) case 2: println(2) // ERROR "syntax error: unexpected case at end of statement"
	}
	switch x {
	case 1: x++ default: // ERROR "syntax error: unexpected default at end of statement"
	}
}
