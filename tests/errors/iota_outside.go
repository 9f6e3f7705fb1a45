// Tests iota outside a constant declaration.
package main

func main() {
	x := iota // ERROR "cannot use iota outside constant declaration"
	println(x)
}
