// Tests package variables whose initialisers depend on each other.
package main

var a = b + 1 // ERROR "initialization loop for a\n\t\./init_cycle\.go:4:5: a refers to\n\t\./init_cycle\.go:6:5: b refers to"

var b = f()

func f() int { return a }

func main() {
	println(a, b)
}
