// Tests referring to an init function, and init with a signature.
package main

func init() {}

func init(x int) {} // ERROR "func init must have no arguments and no return values"

func main() {
	init() // ERROR "undefined: init"
}
