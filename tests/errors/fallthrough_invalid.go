// Tests fallthrough in the last case and outside a switch.
package main

func main() {
	x := 1
	switch x {
	case 1:
		fallthrough // ERROR "cannot fallthrough final case in switch"
	}
	if x > 0 {
		fallthrough // ERROR "fallthrough statement out of place"
	}
}
