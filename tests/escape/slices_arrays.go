// Struct fields, arrays versus slices, slicing arrays, append and copy.
package main

type T struct {
	a [4]*int
	s []*int
	n int
}

var sink *int
var sinkS []*int
var sinkI []int

func arrayElem() *int {
	var x int // ERROR "moved to heap: x$"
	var arr [2]*int
	arr[0] = &x
	return arr[1]
}

func sliceElem() {
	var x int // ERROR "moved to heap: x$"
	s := make([]*int, 2) // ERROR "make\(\[\]\*int, 2\) does not escape$"
	s[0] = &x
	println(s[1])
}

func sliceArray() []int {
	var arr [8]int // ERROR "moved to heap: arr$"
	return arr[:]
}

func sliceArrayLocal() int {
	var arr [8]int
	s := arr[2:4]
	return len(s)
}

func slicePtrArray(p *[4]int) []int { // ERROR "leaking param: p to result ~r0 level=0$"
	return p[1:]
}

func appendLocal() int {
	var x, y int // ERROR "moved to heap: x$" "moved to heap: y$"
	s := []*int{&x} // ERROR "\[\]\*int\{\.\.\.\} does not escape$"
	s = append(s, &y)
	return len(s)
}

func appendParam(s []*int, p *int) []*int { // ERROR "leaking param content: s$" "leaking param: s to result ~r0 level=0$" "leaking param: p$"
	return append(s, p)
}

func appendSpread(s, t []*int) []*int { // ERROR "leaking param content: s$" "leaking param: s to result ~r0 level=0$" "leaking param content: t$"
	return append(s, t...)
}

func appendInts(s []int, t []int) []int { // ERROR "leaking param: s to result ~r0 level=0$" "t does not escape$"
	return append(s, t...)
}

func appendBytes(b []byte, s string) []byte { // ERROR "leaking param: b to result ~r0 level=0$" "s does not escape$"
	return append(b, s...)
}

func copyPtrs(dst, src []*int) int { // ERROR "dst does not escape$" "leaking param content: src$"
	return copy(dst, src)
}

func copyInts(dst, src []int) int { // ERROR "dst does not escape$" "src does not escape$"
	return copy(dst, src)
}

func copyString(dst []byte, s string) int { // ERROR "dst does not escape$" "s does not escape$"
	return copy(dst, s)
}

func structField(t *T) *int { // ERROR "leaking param: t to result ~r0 level=1$"
	return t.a[0]
}

func structSlice(t T) []*int { // ERROR "leaking param: t to result ~r0 level=0$"
	return t.s
}

func localStruct() int {
	var x int
	t := T{n: 1}
	t.a[0] = &x
	t.s = []*int{&x} // ERROR "\[\]\*int\{\.\.\.\} does not escape$"
	return t.n
}

func arrayLit() *int {
	var x int // ERROR "moved to heap: x$"
	arr := [2]*int{&x, nil}
	return arr[0]
}

func rangeSlice(s []*int) *int { // ERROR "leaking param: s to result ~r0 level=1$"
	var r *int
	for _, p := range s {
		r = p
	}
	return r
}

func rangeArray(a [3]*int) *int { // ERROR "leaking param: a to result ~r0 level=0$"
	for _, p := range a {
		return p
	}
	return nil
}

func sliceLitEscape() {
	sinkI = []int{1, 2, 3} // ERROR "\[\]int\{\.\.\.\} escapes to heap$"
}

func main() {
	println(arrayElem(), len(sliceArray()), sliceArrayLocal())
	sliceElem()
	var a4 [4]int
	println(slicePtrArray(&a4), appendLocal())
	println(appendParam(nil, nil), appendSpread(nil, nil), appendInts(nil, nil), appendBytes(nil, "x"))
	println(copyPtrs(nil, nil), copyInts(nil, nil), copyString(nil, "s"))
	var t T
	println(structField(&t), structSlice(t), localStruct(), arrayLit())
	println(rangeSlice(nil), rangeArray([3]*int{}))
	sliceLitEscape()
}
