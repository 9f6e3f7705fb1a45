// Tests modifying a string through index assignment or op-assignment.
package main

func main() {
	s := "abc"
	s[1]++ // ERROR "cannot assign to s\[1\]"
	s[0] += 1 // ERROR "cannot assign to s\[0\]"
	println(s)
}
