// Backward gotos and labeled loops: a label that a later goto targets
// starts a loop, nested inside for loops or other goto loops; labels only
// reached forwards do not.  A bare block does not end a label's loop (gc
// flattens it into the enclosing list); an if body does.
package main

var cond bool

type T struct {
	p *int
}

func gotoInsideFor() int {
	var p *int
	for i := 0; i < 2; i++ {
		n := 0
	again:
		x := n // ERROR "moved to heap: x$"
		p = &x
		n++
		if n < 2 {
			goto again
		}
	}
	return *p
}

func nestedGotos() int {
	var p, q *int
	i := 0
outer:
	a := i // ERROR "moved to heap: a$"
	p = &a
	j := 0
inner:
	b := j // ERROR "moved to heap: b$"
	q = &b
	j++
	if j < 2 {
		goto inner
	}
	i++
	if i < 2 {
		goto outer
	}
	return *p + *q
}

func gotoOutOfLoop() int {
	var p *int
	for i := 0; i < 5; i++ {
		if i == 3 {
			goto done
		}
	}
done:
	y := 1
	p = &y
	return *p
}

func gotoNew() *T {
	var t *T
	k := 0
top:
	t = &T{} // ERROR "&T\{\} escapes to heap$"
	k++
	if k < 3 {
		goto top
	}
	return t
}

func gotoNewLocal() int {
	k := 0
	s := 0
top:
	t := &T{} // ERROR "&T\{\} does not escape$"
	if t.p == nil {
		s++
	}
	k++
	if k < 3 {
		goto top
	}
	return s
}

func labeledContinueAlloc() int {
	var last []int
rows:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			row := make([]int, 2) // ERROR "make\(\[\]int, 2\) escapes to heap$"
			if j == 1 {
				last = row
				continue rows
			}
		}
	}
	return len(last)
}

func labeledBreakAddr() *int {
	var p *int
search:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			v := i * j // ERROR "moved to heap: v$"
			if v > 1 {
				p = &v
				break search
			}
		}
	}
	return p
}

func closureInGotoLoop() int {
	n := 0
	var f func() int
loop:
	m := n
	f = func() int { return m } // ERROR "func literal escapes to heap$"
	n++
	if n < 2 {
		goto loop
	}
	return f()
}

func closureInFor() int {
	var fs []func() int
	for i := 0; i < 3; i++ {
		v := i
		fs = append(fs, func() int { return v }) // ERROR "func literal escapes to heap$"
	}
	return fs[0]()
}

func closureRefInFor() int {
	s := 0
	for i := 0; i < 3; i++ {
		func() { // ERROR "func literal does not escape$"
			s += i
		}()
	}
	return s
}

func bareBlockLabel() int {
	var p *int
	{
	spin:
		if cond {
			goto spin
		}
	}
	p = new(int) // ERROR "new\(int\) escapes to heap$"
	return *p
}

func labeledBlock() int {
	var p *int
L:
	{
		if cond {
			goto L
		}
	}
	p = new(int) // ERROR "new\(int\) escapes to heap$"
	return *p
}

func ifBlockLabel() int {
	var p *int
	if cond {
	spin:
		if cond {
			goto spin
		}
	}
	p = new(int) // ERROR "new\(int\) does not escape$"
	return *p
}

func bareVar() int {
	var p *int
	{
		x := 1
		p = &x
	}
	return *p
}

func main() {
	println(bareBlockLabel(), labeledBlock(), ifBlockLabel(), bareVar())
	println(gotoInsideFor(), nestedGotos(), gotoOutOfLoop(), gotoNew(), gotoNewLocal())
	println(labeledContinueAlloc(), labeledBreakAddr(), closureInGotoLoop(), closureInFor(), closureRefInFor())
}
