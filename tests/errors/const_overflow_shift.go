// Tests 1 << 70 assigned to int: the untyped constant overflows int.
package main

func main() {
	var x int = 1 << 70 // ERROR "cannot use 1 << 70 \(untyped int constant 1180591620717411303424\) as int value in variable declaration \(overflows\)"
	y := 1 << 64 // ERROR "cannot use 1 << 64 \(untyped int constant 18446744073709551616\) as int value in assignment \(overflows\)"
	println(x, y)
}
