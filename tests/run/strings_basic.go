// Tests strings: len, byte indexing, concatenation and comparison operators.
package main

func main() {
	s := "hello"
	t := "world"
	u := s + ", " + t
	println(u, len(u))
	println(s[0], s[4], u[5])
	println(s == "hello", s != t, s < t, s > t, s <= s, "" < "a")
	println("abc" < "abd", "ab" < "abc", "b" > "abc")
	v := ""
	for i := 0; i < 5; i++ {
		v += "x"
	}
	println(v, len(v))
	w := "日本語"
	println(len(w), w[0], w[1])
	x := s
	x += "!"
	println(s, x)
	println(len(""), "a"+"b" == "ab")
}
