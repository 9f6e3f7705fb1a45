// Tests unknown escape sequences in string and rune literals.
package main

func main() {
	s := "a\qb" // ERROR "unknown escape"
	r := '\z' // ERROR "unknown escape"
	println(s, r)
}
