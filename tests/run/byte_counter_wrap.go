// Loops with byte and int8 counters that wrap around.
package main

func main() {
	n := 0
	for b := byte(250); b != 4; b++ {
		n++
	}
	println(n)
	var i8 int8 = 120
	for k := 0; k < 10; k++ {
		print(i8, " ")
		i8++
	}
	println()
	var u16 uint16
	for k := 0; k < 3; k++ {
		u16 -= 1000
		print(u16, " ")
	}
	println()
}
