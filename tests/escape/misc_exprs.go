// Assorted expressions: swaps, multi-call returns, method expressions on
// values, closures assigning outer variables and named results, copies
// through pointers, ranges over local and pointed-to arrays, fallthrough.
package main

type T struct {
	p *int
	a [3]*int
}

type Big struct {
	arr [20]int
}

type E struct{ *T }

var sink *int
var sinkT T

func (t *T) Inc() { *t.p++ } // ERROR "t does not escape$"
func (t T) Get() *int { return t.p } // ERROR "leaking param: t to result ~r0 level=0$"

func runes() int {
	r := []rune("héllo") // ERROR "\[\]rune\{\.\.\.\} does not escape$"
	return len(r)
}

func runeConst() string {
	return string(rune(65))
}

func emptyLit() int {
	x := []*int{} // ERROR "\[\]\*int\{\} does not escape$"
	y := []int{} // ERROR "\[\]int\{\} does not escape$"
	return len(x) + len(y)
}

func swap() *int {
	a, b := 1, 2 // ERROR "moved to heap: a$" "moved to heap: b$"
	p, q := &a, &b
	p, q = q, p
	return p
}

func retMulti(x *int) (*int, *int) { // ERROR "leaking param: x to result ~r0 level=0$"
	return retOne(x), retOne(nil)
}

func retOne(x *int) *int { return x } // ERROR "leaking param: x to result ~r0 level=0$"

func methodExprValue() *int {
	var v T
	return T.Get(v)
}

func closureAssignsOuter() *int {
	var p *int
	x := 1 // ERROR "moved to heap: x$"
	func() { p = &x }() // ERROR "func literal does not escape$"
	return p
}

func namedResultClosure() (r *int) {
	func() { // ERROR "func literal does not escape$"
		r = new(int) // ERROR "new\(int\) escapes to heap$"
	}()
	return
}

func derefCopy(pt *T) *int { // ERROR "leaking param: pt to result ~r0 level=1$"
	a := *pt
	return a.p
}

func rangeArrLocal() *int {
	x := 1 // ERROR "moved to heap: x$"
	arr := [2]*int{&x, nil}
	for _, p := range arr {
		return p
	}
	return nil
}

func rangePtrArr(pa *[2]*int) *int { // ERROR "leaking param: pa to result ~r0 level=1$"
	for i := range pa {
		return pa[i]
	}
	return nil
}

func bigCaptureRef() int {
	var b Big
	f := func() int { return b.arr[3] } // ERROR "func literal does not escape$"
	return f()
}

func bigCaptureEscape() func() int {
	var b [17]int // ERROR "moved to heap: b$"
	return func() int { return b[0] } // ERROR "func literal escapes to heap$"
}

func capReassignedAfter() func() int {
	x := 1 // ERROR "moved to heap: x$"
	f := func() int { return x } // ERROR "func literal escapes to heap$"
	x = 2
	return f
}

func embeddedPtrMethodValue(e E) func() { // ERROR "leaking param: e$"
	return e.Inc // ERROR "e\.T\.Inc escapes to heap$"
}

func arrayOfArraysSlice() []int {
	var m [2][4]int // ERROR "moved to heap: m$"
	return m[1][:]
}

func strOfArray() string {
	var b [4]byte
	return string(b[:]) // ERROR "string\(b\[:\]\) escapes to heap$"
}

func sliceOfString(s string, i int) string { // ERROR "s does not escape$"
	return s[:i] + s[i:] // ERROR "s\[:i\] \+ s\[i:\] escapes to heap$"
}

func convNamedPtr(p *int) *int { // ERROR "leaking param: p to result ~r0 level=0$"
	type IP *int
	var q IP = p
	return q
}

func recClosure(n int) int {
	var f func(int) int
	f = func(k int) int { // ERROR "func literal does not escape$"
		if k == 0 {
			return 0
		}
		return f(k - 1)
	}
	return f(n)
}

func appendSelf() []*int {
	x := 1 // ERROR "moved to heap: x$"
	s := make([]*int, 0, 2) // ERROR "make\(\[\]\*int, 0, 2\) escapes to heap$"
	s = append(s, &x)
	s = append(s[:0], s...)
	return s
}

func fallthroughGoto(k int) *int {
	var p *int
	switch k {
	case 0:
		fallthrough
	case 1:
		v := k // ERROR "moved to heap: v$"
		p = &v
	}
	return p
}

func main() {
	println(runes(), runeConst(), emptyLit(), swap())
	println(retMulti(nil))
	println(methodExprValue(), closureAssignsOuter(), namedResultClosure(), derefCopy(&T{})) // ERROR "&T\{\} does not escape$"
	println(rangeArrLocal(), rangePtrArr(nil), bigCaptureRef(), bigCaptureEscape()(), capReassignedAfter()())
	println(embeddedPtrMethodValue(E{}), len(arrayOfArraysSlice()), strOfArray(), sliceOfString("ab", 1), convNamedPtr(nil))
	println(recClosure(3), len(appendSelf()), fallthroughGoto(0))
}
