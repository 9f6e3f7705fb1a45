// Tests []byte(s) and string(b) conversions: copies, modification, []rune not needed.
package main

func main() {
	s := "hello"
	b := []byte(s)
	b[0] = 'J'
	println(s, string(b), len(b))
	t := string(b)
	b[1] = 'E'
	println(t, string(b))
	e := []byte("")
	println(len(e), string(e) == "")
	u := string(b[1:3])
	println(u)
	var nb []byte
	println(string(nb) == "")
	x := []byte("日本")
	println(len(x), x[0])
}
