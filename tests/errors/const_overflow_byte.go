// Tests untyped constants that overflow their target type.
package main

func main() {
	var b byte = 256 // ERROR "cannot use 256 \(untyped int constant\) as byte value in variable declaration \(overflows\)"
	var i8 int8 = -129 // ERROR "cannot use -129 \(untyped int constant\) as int8 value in variable declaration \(overflows\)"
	var u uint = -1 // ERROR "overflows"
	println(b, i8, u)
}
