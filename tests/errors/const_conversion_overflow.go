// Tests constant conversions whose value does not fit the target type.
package main

func main() {
	println(int8(200)) // ERROR "cannot convert 200 \(untyped int constant\) to type int8"
	println(uint(-1)) // ERROR "cannot convert -1 \(untyped int constant\) to type uint"
}
