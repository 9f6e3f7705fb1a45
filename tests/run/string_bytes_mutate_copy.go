// Converting strings to []byte and []rune makes copies; mutating them does not change the string.
package main

func main() {
	s := "hello, 世界"
	b := []byte(s)
	b[0] = 'H'
	r := []rune(s)
	r[7] = 'W'
	println(s, string(b), string(r))
	println(len(s), len(b), len(r))
	s2 := string(b)
	b[1] = 'E'
	println(s2, string(b))
	b2 := []byte(s2)
	b2[2] = 'L'
	println(s2, string(b2))
	rr := []rune("aé😀")
	for _, c := range rr {
		print(c, " ")
	}
	println()
	println(string(rr[2]), string(rune(233)), string(rr[1:]))
}
