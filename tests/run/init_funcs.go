// Tests init functions: several per file, run in order after package variables.
package main

var v = initial()

func initial() int {
	println("var init")
	return 1
}

func init() {
	println("init 1", v)
	v = 2
}

func init() {
	println("init 2", v)
	v *= 10
}

func main() {
	println("main", v)
}
