// Tests constant indices out of range for arrays and strings, and negative constant indices.
package main

func main() {
	var a [3]int
	println(a[5]) // ERROR "invalid argument: index 5 out of bounds \[0:3\]"
	s := "ab"
	println(a[-1]) // ERROR "invalid argument: index -1 \(constant of type int\) must not be negative"
	println("ab"[2], s[0]) // ERROR "invalid argument: index 2 out of bounds \[0:2\]"
}
