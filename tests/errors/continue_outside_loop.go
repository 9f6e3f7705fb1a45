// Tests continue outside a loop, including inside a switch.
package main

func main() {
	continue // ERROR "continue is not in a loop"
	switch {
	case true:
		continue // ERROR "continue is not in a loop"
	}
}
