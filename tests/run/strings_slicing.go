// Tests string slicing: s[i:j], s[i:], s[:j], empty slices and slicing a slice.
package main

func main() {
	s := "hello, world"
	println(s[0:5], s[7:], s[:4], s[:], s[3:3] == "")
	t := s[7:12]
	println(t, len(t), t[1:3])
	u := "héllo"
	println(u[1:3], len(u[1:3]))
	for i := 0; i <= len(s); i += 4 {
		println(i, s[i:])
	}
	n := 2
	println(s[n:n+3])
}
