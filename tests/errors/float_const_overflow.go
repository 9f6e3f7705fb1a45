// Tests float constants that overflow float32 and float64.
package main

func main() {
	var f float32 = 1e40 // ERROR "cannot use 1e40 \(untyped float constant 1e\+40\) as float32 value in variable declaration \(overflows\)"
	var g float64 = 1e309 // ERROR "cannot use 1e309 \(untyped float constant 1e\+309\) as float64 value in variable declaration \(overflows\)"
	println(f, g)
}
