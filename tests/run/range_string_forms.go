// Range over strings: byte offsets, runes, key-only form, and a string variable reassigned inside.
package main

func main() {
	s := "aé中😀"
	for i := range s {
		print(i, " ")
	}
	println()
	for _, r := range s {
		print(r, " ")
	}
	println()
	n := 0
	for range s {
		n++
	}
	println(n, len(s))
	t := "abc"
	for i, c := range t {
		t = "zzzzzz"
		print(i, string(c), " ")
	}
	println(t)
	var b []byte
	for i := 0; i < len(s); i++ {
		b = append(b, s[i])
	}
	println(string(b) == s)
}
