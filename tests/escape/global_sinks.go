// Global sinks: any store into a package-level variable, its fields, its
// elements or through a global pointer reaches the heap; reading globals
// does not make anything escape.
package main

type Reg struct {
	p    *int
	list []*int
	arr  [2]*int
	next *Reg
}

var gp *int
var gpp **int
var greg Reg
var gregp = &Reg{}
var gslice = make([]*int, 4) // ERROR "make\(\[\]\*int, 4\) escapes to heap$"
var garr [3]*int
var gf func() int

func toGlobalPtr() {
	x := 1 // ERROR "moved to heap: x$"
	gp = &x
}

func toGlobalField() {
	y := 2 // ERROR "moved to heap: y$"
	greg.p = &y
}

func toGlobalArray() {
	z := 3 // ERROR "moved to heap: z$"
	garr[1] = &z
}

func toGlobalArrayInStruct() {
	w := 4 // ERROR "moved to heap: w$"
	greg.arr[0] = &w
}

func toGlobalSliceElem() {
	v := 5 // ERROR "moved to heap: v$"
	gslice[2] = &v
}

func toGlobalThroughPtr() {
	u := 6 // ERROR "moved to heap: u$"
	gregp.next = &Reg{p: &u} // ERROR "&Reg\{\.\.\.\} escapes to heap$"
}

func toGlobalAppend() {
	t := 7 // ERROR "moved to heap: t$"
	greg.list = append(greg.list, &t)
}

func toGlobalPtrPtr() {
	s := 8 // ERROR "moved to heap: s$"
	p := &s // ERROR "moved to heap: p$"
	gpp = &p
}

func toGlobalClosure() {
	r := 9
	gf = func() int { return r } // ERROR "func literal escapes to heap$"
}

func paramToGlobal(p *int, q **int) { // ERROR "leaking param: p$" "leaking param: q$"
	gp = p
	gpp = q
}

func readGlobals() int {
	var local *int = gp
	n := *local
	for _, e := range gslice {
		if e != nil {
			n += *e
		}
	}
	return n + len(greg.list)
}

func globalMultiAssign() {
	a, b := 1, 2 // ERROR "moved to heap: a$" "moved to heap: b$"
	gp, garr[0] = &a, &b
}

func globalNotEscapingScalar() int {
	c := 3
	p := &c
	greg.arr[1] = nil
	return *p
}

func main() {
	toGlobalPtr()
	toGlobalField()
	toGlobalArray()
	toGlobalArrayInStruct()
	toGlobalSliceElem()
	toGlobalThroughPtr()
	toGlobalAppend()
	toGlobalPtrPtr()
	toGlobalClosure()
	var m int // ERROR "moved to heap: m$"
	var mp *int // ERROR "moved to heap: mp$"
	paramToGlobal(&m, &mp)
	globalMultiAssign()
	println(readGlobals(), globalNotEscapingScalar())
}
