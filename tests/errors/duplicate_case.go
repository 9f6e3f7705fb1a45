// Tests duplicate constant cases in expression switches.
package main

func main() {
	x := 1
	switch x {
	case 1:
	case 2, 1: // ERROR "duplicate case 1 \(constant of type int\) in expression switch"
	}
	switch s := "a"; s {
	case "a", "b":
	case "a": // ERROR "duplicate case .a. \(constant of type string\) in expression switch"
	}
}
