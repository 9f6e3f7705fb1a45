// Tests using the blank identifier as a value.
package main

func main() {
	x := _ // ERROR "cannot use _ as value or type"
	println(x)
}
