// Tests typed constant expressions whose value overflows the type.
package main

const c int8 = 100

func main() {
	const d = c * 2 // ERROR "c \* 2 \(constant 200 of type int8\) overflows int8"
	var u uint8 = 255
	println(d, u+1, u+256) // ERROR "256 \(untyped int constant\) overflows uint8"
}
