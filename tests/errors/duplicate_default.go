// Tests a switch with two default cases.
package main

func main() {
	x := 1
	switch x {
	default:
	case 1:
	default: // ERROR "multiple defaults \(first at \./duplicate_default\.go:7:2\)"
	}
}
