// Tests expression statements whose value is not used.
package main

func f() int { return 1 }

func main() {
	x := 1
	x + 1 // ERROR "x \+ 1 \(value of type int\) is not used"
	x // ERROR "x \(variable of type int\) is not used"
	f()
	"s" // ERROR "is not used"
}
