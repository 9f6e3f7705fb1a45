// Tests a for loop whose condition is a simple statement that is not an expression.
package main

func main() {
	for b := 10 { // ERROR "syntax error: cannot use b := 10 as value"
	}
}
