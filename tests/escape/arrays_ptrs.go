// Arrays versus slices: arrays of pointers are values (no dereference),
// slices are references; slicing an array takes its address implicitly.
package main

type Grid struct {
	cells [4]*int
	row   []*int
}

var sink *int
var sinkS []int
var sinkPS []*int

func arrayCopyOut() *int {
	var x int // ERROR "moved to heap: x$"
	a := [2]*int{&x}
	b := a
	return b[0]
}

func arrayParamLevel(a [2]*int) *int { // ERROR "leaking param: a to result ~r0 level=0$"
	return a[1]
}

func arrayPtrParamLevel(a *[2]*int) *int { // ERROR "leaking param: a to result ~r0 level=1$"
	return a[1]
}

func sliceParamLevel(s []*int) *int { // ERROR "leaking param: s to result ~r0 level=1$"
	return s[1]
}

func sliceArrayToGlobal() {
	var a [4]int // ERROR "moved to heap: a$"
	sinkS = a[1:3]
}

func sliceArrayOfPtrs() []*int {
	var x int // ERROR "moved to heap: x$"
	a := [2]*int{&x, &x} // ERROR "moved to heap: a$"
	return a[:]
}

func sliceArrayLocalOnly() int {
	var a [4]*int
	s := a[:2]
	return len(s)
}

func sliceArrayParam(a [4]int) []int { // ERROR "moved to heap: a$"
	return a[:]
}

func slicePtrToArray(p *[4]*int) []*int { // ERROR "leaking param: p to result ~r0 level=0$"
	return p[:]
}

func arrayInStruct(g *Grid) *int { // ERROR "leaking param: g to result ~r0 level=1$"
	return g.cells[2]
}

func sliceInStruct(g *Grid) *int { // ERROR "leaking param: g to result ~r0 level=2$"
	return g.row[2]
}

func arrayOfArrays() *int {
	var x int // ERROR "moved to heap: x$"
	var m [2][2]*int
	m[1][1] = &x
	return m[0][0]
}

func arrayIndexStoreThroughPtr(a *[2]*int) { // ERROR "a does not escape$"
	var y int // ERROR "moved to heap: y$"
	a[0] = &y
}

func rangeArrayPtr(a *[3]*int) *int { // ERROR "leaking param: a to result ~r0 level=1$"
	for _, p := range a {
		return p
	}
	return nil
}

func rangeArrayAddr() *int {
	var x int // ERROR "moved to heap: x$"
	arr := [3]*int{&x}
	var last *int
	for i := range arr {
		last = arr[i]
	}
	return last
}

func arrayLitOfSlices() int {
	a := [2][]int{make([]int, 1), {1, 2}} // ERROR "make\(\[\]int, 1\) does not escape$" "\[\]int\{\.\.\.\} does not escape$"
	return len(a[0]) + len(a[1])
}

func arrayElemAddr() *int {
	var a [3]int // ERROR "moved to heap: a$"
	return &a[1]
}

func sliceElemAddr(s []int) *int { // ERROR "leaking param: s to result ~r0 level=0$"
	return &s[1]
}

func main() {
	println(arrayCopyOut(), arrayParamLevel([2]*int{}), sliceParamLevel(nil))
	var pa [2]*int
	println(arrayPtrParamLevel(&pa))
	sliceArrayToGlobal()
	println(len(sliceArrayOfPtrs()), sliceArrayLocalOnly(), len(sliceArrayParam([4]int{})))
	var qa [4]*int
	println(len(slicePtrToArray(&qa)))
	var g Grid
	println(arrayInStruct(&g), sliceInStruct(&g), arrayOfArrays(), rangeArrayPtr(nil), rangeArrayAddr())
	arrayIndexStoreThroughPtr(&pa)
	println(arrayLitOfSlices(), arrayElemAddr(), sliceElemAddr([]int{1, 2})) // ERROR "\[\]int\{\.\.\.\} does not escape$"
}
