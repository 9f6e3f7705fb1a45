// Slicing a string beyond its length panics.
package main

func main() {
	s := "hello"
	n := 8
	println(s[2:])
	println(s[1:n])
}
