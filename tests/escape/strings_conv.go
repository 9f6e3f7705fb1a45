// Strings: concatenation, conversions to and from byte and rune slices.
package main

type MyBytes []byte

var sinkS string
var sinkB []byte

func concat(a, b string) string { // ERROR "a does not escape$" "b does not escape$"
	return a + b // ERROR "a \+ b escapes to heap$"
}

func concatLocal(a, b string) int { // ERROR "a does not escape$" "b does not escape$"
	s := a + "-" + b // ERROR "a \+ .-. \+ b does not escape$"
	return len(s)
}

func concatSink(a string) { // ERROR "a does not escape$"
	sinkS = a + "!" // ERROR "a \+ .!. escapes to heap$"
}

func toBytes(s string) []byte { // ERROR "s does not escape$"
	return []byte(s) // ERROR "\(\[\]byte\)\(s\) escapes to heap$"
}

func toBytesLocal(s string) int { // ERROR "s does not escape$"
	b := []byte(s) // ERROR "\(\[\]byte\)\(s\) does not escape$"
	return len(b)
}

func fromBytes(b []byte) string { // ERROR "b does not escape$"
	return string(b) // ERROR "string\(b\) escapes to heap$"
}

func fromBytesLocal(b []byte) int { // ERROR "b does not escape$"
	return len(string(b)) // ERROR "string\(b\) does not escape$"
}

func runes(s string) int { // ERROR "s does not escape$"
	r := []rune(s) // ERROR "\(\[\]rune\)\(s\) does not escape$"
	return len(r) + len(string(r)) // ERROR "string\(r\) does not escape$"
}

func fromInt(i int) string {
	return string(rune(i)) // ERROR "string\(rune\(i\)\) escapes to heap$"
}

func named(s string) MyBytes { // ERROR "s does not escape$"
	return MyBytes(s) // ERROR "MyBytes\(s\) escapes to heap$"
}

func substr(s string) string { // ERROR "leaking param: s to result ~r0 level=0$"
	return s[1:]
}

func substrHeap(s string) { // ERROR "leaking param: s$"
	sinkS = s[:2]
}

func index(s string) byte { // ERROR "s does not escape$"
	return s[0]
}

func opAssign(s string) string { // ERROR "leaking param: s to result ~r0 level=0$"
	s += "x"
	return s
}

func constConcat() string {
	const c = "a" + "b"
	return c + "c"
}

func main() {
	println(concat("a", "b"), concatLocal("a", "b"))
	concatSink("x")
	println(len(toBytes("s")), toBytesLocal("s"), fromBytes(nil), fromBytesLocal(nil))
	println(runes("s"), fromInt(65), len(named("n")), substr("ab"), index("a"))
	substrHeap("abc")
	println(opAssign("y"), constConcat())
}
