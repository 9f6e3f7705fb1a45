// Tests assigning values of the wrong type to variables.
package main

func main() {
	var i int
	i = "s" // ERROR "cannot use .s. \(untyped string constant\) as int value in assignment"
	var s string = 1 // ERROR "cannot use 1 \(untyped int constant\) as string value in variable declaration"
	var f float64 = i // ERROR "cannot use i \(variable of type int\) as type float64 in variable declaration"
	println(i, s, f)
}
