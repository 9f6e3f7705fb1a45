// Conversions the type checker rewrites: []rune of a constant string is a
// slice literal of its runes; conversions gc makes temporary (range over
// []byte(s), switch and comparisons on string(b), operands of +).
package main

type Runes []rune

const c = "xyz"

func f() int {
	a := []rune("") // ERROR "\[\]rune\{\} does not escape$"
	b := Runes("ab") // ERROR "Runes\{\.\.\.\} does not escape$"
	d := []rune(c) // ERROR "\[\]rune\{\.\.\.\} does not escape$"
	e := []rune(c + "!") // ERROR "\[\]rune\{\.\.\.\} does not escape$"
	g := []byte("") // ERROR "\(\[\]byte\)\(..\) does not escape$"
	return len(a) + len(b) + len(d) + len(e) + len(g)
}

func h() []rune {
	return []rune("esc") // ERROR "\[\]rune\{\.\.\.\} escapes to heap$"
}

type Name string

var sinkS string

func rangeBytes(s string) int { // ERROR "s does not escape$"
	n := 0
	for _, c := range []byte(s) { // ERROR "\(\[\]byte\)\(s\) does not escape$"
		n += int(c)
	}
	return n
}

func rangeRunes(s string) int { // ERROR "s does not escape$"
	n := 0
	for i := range []rune(s) { // ERROR "\(\[\]rune\)\(s\) does not escape$"
		n += i
	}
	return n
}

func switchBytes(b []byte) int { // ERROR "b does not escape$"
	switch string(b) { // ERROR "string\(b\) does not escape$"
	case "a":
		return 1
	}
	return 0
}

func concatConv(b []byte) string { // ERROR "b does not escape$"
	return "a" + string(b) // ERROR ".a. \+ string\(b\) escapes to heap$" "string\(b\) does not escape$"
}

func concatConvLocal(b []byte) int { // ERROR "b does not escape$"
	return len("a" + string(b)) // ERROR ".a. \+ string\(b\) does not escape$" "string\(b\) does not escape$"
}

func addRune(s string, r rune) string { // ERROR "leaking param: s to result ~r0 level=0$"
	s += string(r) // ERROR "string\(r\) escapes to heap$"
	return s
}

func namedBytes(n Name) int { // ERROR "n does not escape$"
	return len([]byte(n)) // ERROR "\(\[\]byte\)\(n\) does not escape$"
}

func appendNilBytes(s string) []byte { // ERROR "s does not escape$"
	return append([]byte(nil), s...)
}

func elemAddr(s []int) int { // ERROR "s does not escape$"
	t := 0
	for i := range s {
		p := &s[i]
		t += *p
	}
	return t
}

func mapKeyLike(b []byte) bool { // ERROR "b does not escape$"
	return string(b) < "m" // ERROR "string\(b\) does not escape$"
}

func convInCall(b []byte) int { // ERROR "b does not escape$"
	return count(string(b)) // ERROR "string\(b\) does not escape$"
}

func count(s string) int { return len(s) } // ERROR "s does not escape$"

func lenConv(s string) int { // ERROR "s does not escape$"
	return len([]byte(s)) + len([]rune(s)) // ERROR "\(\[\]byte\)\(s\) does not escape$" "\(\[\]rune\)\(s\) does not escape$"
}

func byteIndex(b []byte) byte { // ERROR "b does not escape$"
	return string(b)[0] // ERROR "string\(b\) does not escape$"
}

func sliceConv(b []byte) string { // ERROR "b does not escape$"
	return string(b)[1:] // ERROR "string\(b\) escapes to heap$"
}

func toGlobalConcat(a []byte) { // ERROR "a does not escape$"
	sinkS = string(a) + "x" // ERROR "string\(a\) \+ .x. escapes to heap$" "string\(a\) does not escape$"
}

func main() {
	println(f(), h())
	println(rangeBytes("ab"), rangeRunes("ab"), switchBytes(nil), concatConv(nil), concatConvLocal(nil))
	println(addRune("a", 'b'), namedBytes("n"), appendNilBytes("x"), elemAddr(nil), mapKeyLike(nil))
	println(convInCall(nil), lenConv("x"), byteIndex([]byte{1}), sliceConv([]byte("ab"))) // ERROR "\[\]byte\{\.\.\.\} does not escape$" "\(\[\]byte\)\(.ab.\) does not escape$"
	toGlobalConcat(nil)
}
