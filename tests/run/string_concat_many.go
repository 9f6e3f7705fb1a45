// Concatenating many operands at once, including empty strings and substrings.
package main

func main() {
	a, b, c, d, e, f := "a", "bb", "", "ddd", "e", "ffff"
	s := a + b + c + d + e + f + a + b
	println(s, len(s))
	t := c + c + c
	println(len(t), t == "")
	u := s[1:3] + "-" + s[5:] + "-" + f[:0]
	println(u)
	x := ""
	for i := 0; i < 5; i++ {
		x = x + a + b + x[0:0]
	}
	println(x)
	r := string('a') + string(rune(0x4e16)) + "\n"
	print(r)
}
