// Tests binary operators on mismatched types.
package main

func main() {
	x := 1
	s := "a"
	println(x + s) // ERROR "invalid operation: x \+ s \(mismatched types int and string\)"
	var i32 int32 = 2
	println(x * i32) // ERROR "mismatched types int and int32"
	f := 1.5
	println(x < f) // ERROR "mismatched types int and float64"
}
