// Tests a string literal not terminated before the end of the line.
package main

func main() {
	s := "abc // ERROR "newline in string" "syntax error: unexpected newline at end of statement"
	println(s)
}
