// Self-assignment: b.buf = b.buf[i:j] and v.x = v.y are ignored when the
// prefixes are the same safe expression; other look-alikes are not.
package main

type Buf struct {
	buf   []byte
	other []byte
	x, y  *int
	arr   [4]*int
	s     []*int
	str   string
	in    Inner
	next  *Buf
}

type Inner struct {
	a, b *int
}

var sink *int

func idx() int { return 1 }

func (b *Buf) Advance() { // ERROR "b does not escape$"
	b.buf = b.buf[1:] // ERROR "\(\*Buf\)\.Advance ignoring self-assignment in b\.buf = b\.buf\[1:\]$"
}

func (b *Buf) Cut(n int) { // ERROR "b does not escape$"
	b.buf = b.buf[:n:n] // ERROR "\(\*Buf\)\.Cut ignoring self-assignment in b\.buf = b\.buf\[:n:n\]$"
}

func (b *Buf) FromOther() { // ERROR "b does not escape$"
	b.buf = b.other[1:] // ERROR "\(\*Buf\)\.FromOther ignoring self-assignment in b\.buf = b\.other\[1:\]$"
}

func (b *Buf) Str() { // ERROR "b does not escape$"
	b.str = b.str[1:] // ERROR "\(\*Buf\)\.Str ignoring self-assignment in b\.str = b\.str\[1:\]$"
}

func (b *Buf) Fields() { // ERROR "b does not escape$"
	b.x = b.y // ERROR "\(\*Buf\)\.Fields ignoring self-assignment in b\.x = b\.y$"
	b.y = b.x // ERROR "\(\*Buf\)\.Fields ignoring self-assignment in b\.y = b\.x$"
}

func (b *Buf) Nested() { // ERROR "b does not escape$"
	b.in.a = b.in.b // ERROR "\(\*Buf\)\.Nested ignoring self-assignment in b\.in\.a = b\.in\.b$"
}

func (b *Buf) ThroughNext() { // ERROR "b does not escape$"
	b.next.x = b.next.y // ERROR "\(\*Buf\)\.ThroughNext ignoring self-assignment in b\.next\.x = b\.next\.y$"
}

func (b *Buf) MixedDepth() { // ERROR "leaking param content: b$"
	b.x = b.next.y
}

func (b *Buf) ArrIndex(i, j int) { // ERROR "b does not escape$"
	b.arr[i] = b.arr[j] // ERROR "\(\*Buf\)\.ArrIndex ignoring self-assignment in b\.arr\[i\] = b\.arr\[j\]$"
}

func (b *Buf) ArrIndexExpr(i int) { // ERROR "b does not escape$"
	b.arr[i+1] = b.arr[i-1] // ERROR "\(\*Buf\)\.ArrIndexExpr ignoring self-assignment in b\.arr\[i \+ 1\] = b\.arr\[i - 1\]$"
}

func (b *Buf) ArrIndexCall() { // ERROR "leaking param content: b$"
	b.arr[idx()] = b.arr[0]
}

func (b *Buf) SliceIndex(i int) { // ERROR "b does not escape$"
	b.s[i] = b.s[0] // ERROR "\(\*Buf\)\.SliceIndex ignoring self-assignment in b\.s\[i\] = b\.s\[0\]$"
}

func valueSelf(v Buf) *int { // ERROR "leaking param: v to result ~r0 level=0$"
	v.x = v.y // ERROR "valueSelf ignoring self-assignment in v\.x = v\.y$"
	return v.x
}

func twoVars(a, b *Buf) { // ERROR "a does not escape$" "leaking param content: b$"
	a.x = b.x
}

func localSelf() int {
	var v Buf
	z := 1
	v.y = &z
	v.x = v.y // ERROR "localSelf ignoring self-assignment in v\.x = v\.y$"
	return *v.x
}

func main() {
	var b Buf
	b.Advance()
	b.Cut(0)
	b.FromOther()
	b.Str()
	b.Fields()
	b.Nested()
	b.ThroughNext()
	b.MixedDepth()
	b.ArrIndex(0, 1)
	b.ArrIndexExpr(1)
	b.ArrIndexCall()
	b.SliceIndex(0)
	println(valueSelf(b), localSelf())
	twoVars(&b, &b)
}
