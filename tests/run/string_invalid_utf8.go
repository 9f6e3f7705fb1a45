// Ranging over strings with invalid UTF-8 yields U+FFFD with width 1.
package main

func main() {
	s := "a\xffb\xe4\xb8c\xf0\x9f\x98\x80\xc0\x80"
	for i, r := range s {
		print(i, ":", r, " ")
	}
	println()
	r := []rune(s)
	println(len(r), len(s))
	println(string(r) == s)
	b := []byte(string(r))
	println(len(b))
	for i := range "\xed\xa0\x80x" {
		print(i, " ")
	}
	println()
	println(string(rune(-1)), string(rune(0x10FFFF+1)) == "\uFFFD", string(rune(0xD800)) == "\uFFFD")
}
