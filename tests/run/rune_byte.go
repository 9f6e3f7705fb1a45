// Tests rune and byte values: character literals, escapes, arithmetic on them.
package main

func main() {
	var r rune = 'a'
	println(r, r+1, 'z'-'a')
	println('\n', '\t', '\\', '\'', '\x41', '\u00e9', '\U0001F600', '\101')
	var b byte = 'A'
	b += 2
	println(b, string(rune(b)))
	s := "hi\x00\"there\""
	println(len(s), s[2], s[3])
	println("\a\b\f\v"[0], "\u4e16"[0], `raw\n`)
	c := 'x'
	c++
	println(c)
}
