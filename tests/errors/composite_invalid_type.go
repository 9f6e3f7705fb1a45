// Tests composite literals of types that do not allow them.
package main

func main() {
	x := int{1} // ERROR "invalid composite literal type int"
	println(x)
}
