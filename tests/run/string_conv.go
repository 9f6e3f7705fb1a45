// Tests conversions from integers/runes to string, including invalid code points.
package main

func main() {
	var r rune = 65
	println(string(r), string(rune(0x4e16)), string(rune(0x1F600)))
	println(string(rune(-1)), string(rune(0xD800)), string(rune(0x110000)))
	var b byte = 'z'
	println(string(rune(b)))
	s := string(rune(233))
	println(s, len(s))
}
