// Tests index expressions whose index is not an integer.
package main

func main() {
	var a [3]int
	s := "1"
	println(a[s]) // ERROR "invalid argument: index s \(variable of type string\) must be integer"
	println(a[1.5]) // ERROR "1.5 \(untyped float constant\) truncated to int"
}
