// Method calls on call results and literals, chains of pointer methods,
// promoted methods through embedded pointers, spread calls f(g()),
// struct conversions, slicing arrays of structs holding pointers.
package main

type In struct {
	p *int
}

type Out struct {
	*In
	v In
}

type Alias struct {
	p *int
}

var sink *int

func (i In) Val() *int   { return i.p } // ERROR "leaking param: i to result ~r0 level=0$"
func (i *In) Ptr() *int  { return i.p } // ERROR "leaking param: i to result ~r0 level=1$"
func (i *In) Self() *In  { return i } // ERROR "leaking param: i to result ~r0 level=0$"
func (o Out) Both() *int { return o.v.p } // ERROR "leaking param: o to result ~r0 level=0$"

func mkIn(p *int) *In { return &In{p: p} } // ERROR "leaking param: p$" "&In\{\.\.\.\} escapes to heap$"

func two(p *int) (*int, *int) { return p, nil } // ERROR "leaking param: p to result ~r0 level=0$"
func take(a, b *int) *int    { return a } // ERROR "leaking param: a to result ~r0 level=0$" "b does not escape$"

func chainCall(p *int) *int { // ERROR "leaking param: p$"
	return mkIn(p).Ptr()
}

func chainSelf(p *int) *int { // ERROR "leaking param: p$"
	return mkIn(p).Self().Self().Val()
}

func spreadTake(p *int) *int { // ERROR "leaking param: p to result ~r0 level=0$"
	return take(two(p))
}

func embeddedPtrVal(o Out) *int { // ERROR "leaking param: o to result ~r0 level=1$"
	return o.Val()
}

func embeddedPtrPtr(o *Out) *int { // ERROR "leaking param: o to result ~r0 level=2$"
	return o.Ptr()
}

func convStruct(a Alias) *int { // ERROR "leaking param: a to result ~r0 level=0$"
	i := In(a)
	return i.p
}

func arrStructSlice() []In {
	x := 1 // ERROR "moved to heap: x$"
	var arr [2]In // ERROR "moved to heap: arr$"
	arr[0].p = &x
	return arr[:]
}

func literalMethod() *int {
	y := 1 // ERROR "moved to heap: y$"
	return In{p: &y}.Val()
}

func ptrLiteralMethod() *int {
	z := 1 // ERROR "moved to heap: z$"
	return (&In{p: &z}).Ptr() // ERROR "&In\{\.\.\.\} does not escape$"
}

func fieldOfCall(p *int) *int { // ERROR "leaking param: p$"
	return mkIn(p).p
}

func main() {
	println(chainCall(nil), chainSelf(nil), spreadTake(nil), embeddedPtrVal(Out{}), embeddedPtrPtr(&Out{})) // ERROR "&Out\{\} does not escape$"
	println(convStruct(Alias{}), len(arrStructSlice()), literalMethod(), ptrLiteralMethod(), fieldOfCall(nil))
}
