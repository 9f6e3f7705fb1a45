// Tests an empty rune literal and a rune literal with several characters.
package main

func main() {
	a := '' // ERROR "empty rune literal or unescaped '"
	b := 'ab' // ERROR "more than one character in rune literal"
	println(a, b)
}
