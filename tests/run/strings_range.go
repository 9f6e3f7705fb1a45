// Tests range over a string: UTF-8 decoding, byte offsets, invalid bytes become U+FFFD.
package main

func main() {
	s := "aé世😀"
	for i, r := range s {
		println(i, r)
	}
	bad := "a\xffb\xe4\xb8"
	for i, r := range bad {
		println(i, r)
	}
	n := 0
	for range s {
		n++
	}
	println(n)
	for i := range "xyz" {
		print(i, " ")
	}
	println()
	for _, r := range "\u00e9\U0001F600" {
		println(r)
	}
}
