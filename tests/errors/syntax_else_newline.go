// Tests else placed on its own line after the closing brace.
package main

func main() {
	x := 1
	if x > 0 {
		println(x)
	}
	else { // ERROR "syntax error: unexpected else"
		println(0)
	}
}
