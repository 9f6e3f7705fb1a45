// append and copy: the appendee flows to the result (and its contents to
// the heap when they hold pointers), appended elements and spread contents
// go to the heap, copy's source contents go to the heap.
package main

type Box struct {
	items []*int
	bytes []byte
}

var sinkS []*int

func appendLocalGrow() int {
	var s []int
	for i := 0; i < 4; i++ {
		s = append(s, i)
	}
	return len(s)
}

func appendLocalPtrs() int {
	x := 1 // ERROR "moved to heap: x$"
	var s []*int
	s = append(s, &x)
	return len(s)
}

func appendLocalLiteral() int {
	y := 2 // ERROR "moved to heap: y$"
	s := make([]*int, 0, 4) // ERROR "make\(\[\]\*int, 0, 4\) does not escape$"
	s = append(s, &y, nil)
	return len(s)
}

func appendParamPtrNoResult(s []*int, p *int) int { // ERROR "leaking param content: s$" "leaking param: p$"
	s = append(s, p)
	return len(s)
}

func appendScalarsParam(s []int) int { // ERROR "s does not escape$"
	s = append(s, 1, 2)
	return len(s)
}

func appendToField(b *Box, p *int) { // ERROR "leaking param content: b$" "leaking param: p$"
	b.items = append(b.items, p)
}

func appendSelfField(b *Box) { // ERROR "leaking param content: b$"
	b.bytes = append(b.bytes, 'x')
}

func appendSpreadLocal() int {
	x := 1 // ERROR "moved to heap: x$"
	a := []*int{&x} // ERROR "\[\]\*int\{\.\.\.\} does not escape$"
	b := []*int{nil} // ERROR "\[\]\*int\{\.\.\.\} does not escape$"
	b = append(b, a...)
	return len(b)
}

func appendSpreadString(s string) []byte { // ERROR "s does not escape$"
	return append([]byte("prefix"), s...) // ERROR "\(\[\]byte\)\(.prefix.\) escapes to heap$"
}

func appendResultToGlobal(s []*int) { // ERROR "leaking param: s$"
	sinkS = append(s, nil)
}

func appendNested() [][]int {
	var out [][]int
	row := []int{1, 2} // ERROR "\[\]int\{\.\.\.\} escapes to heap$"
	out = append(out, row)
	return out
}

func appendStruct() int {
	z := 3 // ERROR "moved to heap: z$"
	type P struct{ p *int }
	var ps []P
	ps = append(ps, P{&z})
	return len(ps)
}

func copyLocal() int {
	x := 1 // ERROR "moved to heap: x$"
	src := []*int{&x} // ERROR "\[\]\*int\{\.\.\.\} does not escape$"
	dst := make([]*int, 1) // ERROR "make\(\[\]\*int, 1\) does not escape$"
	return copy(dst, src)
}

func copyToGlobal(src []*int) int { // ERROR "leaking param content: src$"
	return copy(sinkS, src)
}

func copyFromString(s string) int { // ERROR "s does not escape$"
	b := make([]byte, 8) // ERROR "make\(\[\]byte, 8\) does not escape$"
	return copy(b, s)
}

func copyBytes(b *Box, src []byte) int { // ERROR "b does not escape$" "src does not escape$"
	return copy(b.bytes, src)
}

func appendDiscard(s []*int, p *int) { // ERROR "leaking param content: s$" "leaking param: p$"
	_ = append(s, p)
}

func main() {
	println(appendLocalGrow(), appendLocalPtrs(), appendLocalLiteral(), appendParamPtrNoResult(nil, nil), appendScalarsParam(nil))
	var b Box
	var v int // ERROR "moved to heap: v$"
	appendToField(&b, &v)
	appendSelfField(&b)
	println(appendSpreadLocal(), len(appendSpreadString("s")), len(appendNested()), appendStruct(), copyLocal())
	appendResultToGlobal(nil)
	println(copyToGlobal(nil), copyFromString("abc"), copyBytes(&b, nil))
	appendDiscard(nil, nil)
}
