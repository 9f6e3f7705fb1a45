// String concatenation chains: gc flattens every chain of string +,
// parenthesised or not, into one node and prints its operands joined by
// " + "; constant operands print as their source text.
package main

const c = "x"
const d = c + "y"

var sinkS string

func rightNested(s string) int { // ERROR "s does not escape$"
	t := "b" + (s + s) // ERROR ".b. \+ s \+ s does not escape$"
	return len(t)
}

func leftNested(s, t, u string) int { // ERROR "s does not escape$" "t does not escape$" "u does not escape$"
	x := (s + t) + u // ERROR "s \+ t \+ u does not escape$"
	return len(x)
}

func bothNested(s, t string) int { // ERROR "s does not escape$" "t does not escape$"
	var x = (s + t) + (t + s) // ERROR "s \+ t \+ t \+ s does not escape$"
	return len(x)
}

func withConversion(s string, b []byte) int { // ERROR "s does not escape$" "b does not escape$"
	x := "a" + string(b) + (s + s) // ERROR ".a. \+ string\(b\) \+ s \+ s does not escape$" "string\(b\) does not escape$"
	return len(x)
}

func convertedChain(s, t string) int { // ERROR "s does not escape$" "t does not escape$"
	x := string(s+t) + (s + t) // ERROR "string\(s \+ t\) \+ s \+ t does not escape$" "s \+ t does not escape$"
	return len(x)
}

func sliceOfChain(s string) int { // ERROR "s does not escape$"
	x := (s + s)[1:] + s // ERROR "\(s \+ s\)\[1:\] \+ s does not escape$" "s \+ s does not escape$"
	return len(x)
}

func constOperands(s string) int { // ERROR "s does not escape$"
	x := s + (("a" + "b") + "c") + (c + d) + ("a" + ("b" + "c")) // ERROR "s \+ \(.a. \+ .b.\) \+ .c. \+ c \+ d \+ .a. \+ \(.b. \+ .c.\) does not escape$"
	return len(x)
}

func constMixed(s string) int { // ERROR "s does not escape$"
	x := (("a" + "b") + s) + (c + (s + c)) // ERROR ".a. \+ .b. \+ s \+ c \+ s \+ c does not escape$"
	return len(x)
}

func use(s string) int { // ERROR "s does not escape$"
	return len(s)
}

func argument(s, t string) int { // ERROR "s does not escape$" "t does not escape$"
	return use(s + (t + s)) // ERROR "s \+ t \+ s does not escape$"
}

func escaping(s, t string) { // ERROR "s does not escape$" "t does not escape$"
	sinkS = s + (t + s) // ERROR "s \+ t \+ s escapes to heap$"
}

func compared(s, t string) bool { // ERROR "s does not escape$" "t does not escape$"
	return s+t == t+(s+t) // ERROR "t \+ s \+ t does not escape$" "s \+ t does not escape$"
}

func opAssign(s, t string) int { // ERROR "s does not escape$" "t does not escape$"
	x := s
	x += t + (s + t) // ERROR "t \+ s \+ t does not escape$"
	return len(x)
}

func toBytes(s, t string) []byte { // ERROR "s does not escape$" "t does not escape$"
	return []byte(s + (t + s)) // ERROR "\(\[\]byte\)\(s \+ t \+ s\) escapes to heap$" "s \+ t \+ s does not escape$"
}

func inClosure(s string) int { // ERROR "s does not escape$"
	x := s + func() string { return s + (s + s) }() // ERROR "s \+ \(func literal\)\(\) does not escape$" "func literal does not escape$" "s \+ s \+ s escapes to heap$"
	return len(x)
}

func ints(a, b int, s string) int { // ERROR "s does not escape$"
	x := a + (b + a)
	return x + use(s+(s+s)) // ERROR "s \+ s \+ s does not escape$"
}

func main() {
	println(rightNested("s"), leftNested("s", "t", "u"), bothNested("s", "t"))
	println(withConversion("s", []byte("b")), convertedChain("s", "t")) // ERROR "\(\[\]byte\)\(.b.\) does not escape$"
	println(sliceOfChain("s"), constOperands("s"), constMixed("s"))
	println(argument("s", "t"), compared("s", "t"), opAssign("s", "t"))
	escaping("s", "t")
	println(sinkS, string(toBytes("s", "t")), inClosure("s"), ints(1, 2, "s")) // ERROR "string\(toBytes\(.s., .t.\)\) does not escape$"
}
