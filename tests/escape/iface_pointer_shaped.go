// Pointer-shaped values go into an interface without a box: the pointer
// itself flows, so what it points to escapes instead.
package main

type T struct{ n int }

func (t *T) M() int { return t.n } // ERROR "t does not escape$"

type I interface{ M() int }

type One struct{ p *int }

func (o One) M() int { return *o.p } // ERROR "o does not escape$"

type Arr1 [1]*int

var sink interface{}
var sinkI I

func ptrToGlobal() {
	t := T{1} // ERROR "moved to heap: t$"
	sinkI = &t
}

func ptrLocal() int {
	t := T{2}
	var i I = &t
	return i.M() // ERROR "devirtualizing i\.M to \*T$"
}

func newToGlobal() {
	sink = new(int) // ERROR "new\(int\) escapes to heap$"
	sink = &T{3} // ERROR "&T\{\.\.\.\} escapes to heap$"
}

func structOnePtr() {
	x := 4 // ERROR "moved to heap: x$"
	sinkI = One{&x}
}

func structOnePtrLocal() int {
	x := 5
	var i I = One{&x}
	return i.M() // ERROR "devirtualizing i\.M to One$"
}

func arrayOnePtr() {
	y := 6 // ERROR "moved to heap: y$"
	sink = Arr1{&y}
}

func funcValue(n int) {
	sink = func() int { return n } // ERROR "func literal escapes to heap$"
	f := func() {} // ERROR "func literal escapes to heap$"
	sink = f
}

func sliceNotPointerShaped(s []int) { // ERROR "leaking param: s$"
	sink = s // ERROR "s escapes to heap$"
}

func returnPtr(p *T) I { // ERROR "leaking param: p to result ~r0 level=0$"
	return p
}

func main() {
	ptrToGlobal()
	_ = ptrLocal()
	newToGlobal()
	structOnePtr()
	_ = structOnePtrLocal()
	arrayOnePtr()
	funcValue(1)
	sliceNotPointerShaped(nil)
	_ = returnPtr(nil)
}
