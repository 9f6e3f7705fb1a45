// println and print never make anything escape; panic's argument is
// converted to an interface and always escapes, whatever its type.
package main

type P struct {
	a, b int
}

type Q struct {
	p *int
}

func printAddr() {
	x := 1
	println(&x)
	print(&x, "\n")
}

func printSlices(s []int, p *int) { // ERROR "s does not escape$" "p does not escape$"
	println(s, p, len(s))
	print(s, p)
}

func printNew() {
	println(new(int), &P{}, make([]int, 3), []int{1}) // ERROR "new\(int\) does not escape$" "&P\{\} does not escape$" "make\(\[\]int, 3\) does not escape$" "\[\]int\{\.\.\.\} does not escape$"
}

func printString(s string) { // ERROR "s does not escape$"
	println(s + "!", []byte(s) == nil) // ERROR "s \+ .!. does not escape$" "\(\[\]byte\)\(s\) does not escape$"
}

func printClosure() {
	x := 1
	println(func() int { return x }) // ERROR "func literal does not escape$"
}

type Msg string

var never []int

func panicParamString(s string) { // ERROR "leaking param: s$"
	if s == "" {
		panic(s) // ERROR "s escapes to heap$"
	}
}

func panicField(p *struct{ name string }) { // ERROR "leaking param content: p$"
	panic(p.name) // ERROR "p\.name escapes to heap$"
}

func panicNamed(m Msg) { // ERROR "leaking param: m$"
	panic(m) // ERROR "m escapes to heap$"
}

func panicFloat(f float64) {
	panic(f) // ERROR "f escapes to heap$"
}

func panicRune(r rune) {
	panic(r) // ERROR "r escapes to heap$"
}

func panicUint8(b uint8) {
	panic(b) // ERROR "b escapes to heap$"
}

func panicConstInt() {
	panic(42) // ERROR "42 escapes to heap$"
}

func panicConstString() {
	panic("const") // ERROR ".const. escapes to heap$"
}

func panicBool(b bool) {
	panic(b) // ERROR "b escapes to heap$"
}

func panicConcat(a, b string) { // ERROR "a does not escape$" "b does not escape$"
	panic(a + b) // ERROR "a \+ b escapes to heap$"
}

func panicConversion(b []byte) { // ERROR "b does not escape$"
	panic(string(b)) // ERROR "string\(b\) escapes to heap$"
}

func panicSliceElem(s []string) { // ERROR "leaking param content: s$"
	panic(s[0]) // ERROR "s\[0\] escapes to heap$"
}

func panicInLoop(s []string) { // ERROR "leaking param content: s$"
	for _, e := range s {
		if e == "" {
			panic(e) // ERROR "e escapes to heap$"
		}
	}
}

func main() {
	printAddr()
	printSlices(nil, nil)
	printNew()
	printString("s")
	printClosure()
	panicParamString("x")
	panicInLoop(nil)
	if len(never) == 2 {
		panicField(&struct{ name string }{"n"}) // ERROR "&struct \{ name string \}\{\.\.\.\} does not escape$"
		panicNamed("m")
		panicFloat(1)
		panicRune('r')
		panicUint8(1)
		panicConstInt()
		panicConstString()
		panicBool(true)
		panicConcat("a", "b")
		panicConversion(nil)
		panicSliceElem(nil)
	}
}
