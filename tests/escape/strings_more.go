// Strings: concatenation chains and op-assign, conversions between string,
// []byte and []rune in each direction, string(rune), and substrings.
package main

type Name string
type Runes []rune

var sinkS string
var sinkB []byte
var sinkR []rune

func concatThree(a, b, c string) string { // ERROR "a does not escape$" "b does not escape$" "c does not escape$"
	return a + b + c // ERROR "a \+ b \+ c escapes to heap$"
}

func concatInLoop(parts []string) string { // ERROR "leaking param: parts to result ~r0 level=1$"
	s := ""
	for _, p := range parts {
		s += p
	}
	return s
}

func concatLocalOnly(a string) bool { // ERROR "a does not escape$"
	return a+"x" == "yx" // ERROR "a \+ .x. does not escape$"
}

func concatNamed(a, b Name) Name { // ERROR "a does not escape$" "b does not escape$"
	return a + b // ERROR "a \+ b escapes to heap$"
}

func concatToField(a string) int { // ERROR "a does not escape$"
	var t struct{ s string }
	t.s = a + a // ERROR "a \+ a does not escape$"
	return len(t.s)
}

func bytesToGlobal(s string) { // ERROR "s does not escape$"
	sinkB = []byte(s) // ERROR "\(\[\]byte\)\(s\) escapes to heap$"
}

func runesToGlobal(s string) { // ERROR "s does not escape$"
	sinkR = []rune(s) // ERROR "\(\[\]rune\)\(s\) escapes to heap$"
}

func runesBack(r []rune) string { // ERROR "r does not escape$"
	return string(r) // ERROR "string\(r\) escapes to heap$"
}

func namedRunes(s string) Runes { // ERROR "s does not escape$"
	return Runes(s) // ERROR "Runes\(s\) escapes to heap$"
}

func runeToString(r rune) string {
	return string(r) // ERROR "string\(r\) escapes to heap$"
}

func runeToStringLocal(r rune) int {
	return len(string(r)) // ERROR "string\(r\) does not escape$"
}

func byteToString(b byte) string {
	return string(rune(b)) // ERROR "string\(rune\(b\)\) escapes to heap$"
}

func bytesRoundTrip(s string) string { // ERROR "s does not escape$"
	return string([]byte(s)) // ERROR "string\(\(\[\]byte\)\(s\)\) escapes to heap$" "\(\[\]byte\)\(s\) does not escape$"
}

func constBytes() int {
	b := []byte("constant") // ERROR "\(\[\]byte\)\(.constant.\) does not escape$"
	return len(b)
}

func stringOfConst() string {
	return string([]byte{'a', 'b'}) // ERROR "string\(\[\]byte\{\.\.\.\}\) escapes to heap$" "\[\]byte\{\.\.\.\} does not escape$"
}

func substrOfConcat(a, b string) string { // ERROR "a does not escape$" "b does not escape$"
	return (a + b)[1:] // ERROR "a \+ b escapes to heap$"
}

func compareBytes(a, b []byte) bool { // ERROR "a does not escape$" "b does not escape$"
	return string(a) == string(b) // ERROR "string\(a\) does not escape$" "string\(b\) does not escape$"
}

func stringPtr(s *string) string { // ERROR "leaking param: s to result ~r0 level=1$"
	return *s
}

func stringPtrHeap(s *string) { // ERROR "leaking param content: s$"
	sinkS = *s
}

func stringField(p *struct{ s string }) string { // ERROR "leaking param: p to result ~r0 level=1$"
	return p.s
}

func main() {
	println(concatThree("a", "b", "c"), concatInLoop(nil), concatLocalOnly("y"), concatNamed("n", "m"), concatToField("q"))
	bytesToGlobal("b")
	runesToGlobal("r")
	println(runesBack(nil), len(namedRunes("x")), runeToString('x'), runeToStringLocal('y'), byteToString('z'))
	println(bytesRoundTrip("rt"), constBytes(), stringOfConst(), substrOfConcat("s", "t"), compareBytes(nil, nil))
	s := "p"
	println(stringPtr(&s), stringField(&struct{ s string }{"f"})) // ERROR "&struct \{ s string \}\{\.\.\.\} does not escape$"
	stringPtrHeap(&s)
}
