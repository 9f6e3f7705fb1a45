// Tests that a valid float constant beyond exact rationals is reported as
// unsupported, not as malformed.
package main

const tiny = 1e-2000000 // ERROR "unsupported: float constant 1e-2000000"

func main() {
	var f float64 = tiny
	println(f)
}
