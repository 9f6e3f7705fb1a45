// Self-assignment, mutual recursion, loops and backward gotos.
package main

type Buffer struct {
	buf  []byte
	x, y *int
	arr  [4]*int
}

var sink *int

func (b *Buffer) Trim(i, j int) { // ERROR "b does not escape$"
	b.buf = b.buf[i:j] // ERROR "\(\*Buffer\)\.Trim ignoring self-assignment in b\.buf = b\.buf\[i:j\]$"
}

func (b *Buffer) Swap() { // ERROR "b does not escape$"
	b.x = b.y // ERROR "\(\*Buffer\)\.Swap ignoring self-assignment in b\.x = b\.y$"
}

func (b *Buffer) Arr(i int) { // ERROR "b does not escape$"
	b.arr[i] = b.arr[0] // ERROR "\(\*Buffer\)\.Arr ignoring self-assignment in b\.arr\[i\] = b\.arr\[0\]$"
}

func (b *Buffer) NotSelf(c *Buffer) { // ERROR "b does not escape$" "leaking param content: c$"
	b.x = c.y
}

func rec1(p *int, n int) *int { // ERROR "leaking param: p$"
	if n == 0 {
		return p
	}
	return rec2(p, n-1)
}

func rec2(p *int, n int) *int { // ERROR "leaking param: p$"
	return rec1(p, n)
}

func selfRec(p *int, n int) *int { // ERROR "leaking param: p to result ~r0 level=0$"
	if n > 0 {
		return selfRec(p, n-1)
	}
	return p
}

func even(p *int, n int) bool { // ERROR "p does not escape$"
	if n == 0 {
		return *p == 0
	}
	return odd(p, n-1)
}

func odd(p *int, n int) bool { // ERROR "p does not escape$"
	if n == 0 {
		return false
	}
	return even(p, n-1)
}

func loopNew() *int {
	var last *int
	for i := 0; i < 3; i++ {
		last = new(int) // ERROR "new\(int\) escapes to heap$"
	}
	return last
}

func loopLocal() int {
	var p *int
	for i := 0; i < 3; i++ {
		x := i // ERROR "moved to heap: x$"
		p = &x
	}
	return *p
}

func loopInner() int {
	s := 0
	for i := 0; i < 3; i++ {
		x := i
		p := &x
		s += *p
	}
	return s
}

func gotoLoop() int {
	var p *int
	i := 0
L:
	x := i // ERROR "moved to heap: x$"
	p = &x
	i++
	if i < 3 {
		goto L
	}
	return *p
}

func gotoForward() int {
	var p *int
	x := 1
	goto M
M:
	p = &x
	return *p
}

func main() {
	var b Buffer
	b.Trim(0, 0)
	b.Swap()
	b.Arr(1)
	b.NotSelf(&b)
	var v int // ERROR "moved to heap: v$"
	println(rec1(&v, 2), selfRec(&v, 1), even(&v, 4))
	println(loopNew(), loopLocal(), loopInner(), gotoLoop(), gotoForward())
}
