// Loops: allocation inside loops, addresses of loop variables, nested and
// labeled loops, range loops, and variables declared outside the loop.
package main

type T struct {
	p *int
}

func allocOutside() int {
	var p *int
	x := 0
	for i := 0; i < 3; i++ {
		p = &x
	}
	return *p
}

func newOutsideUsedInside() int {
	p := new(int) // ERROR "new\(int\) does not escape$"
	for i := 0; i < 3; i++ {
		*p += i
	}
	return *p
}

func newInsideStaysInside() int {
	s := 0
	for i := 0; i < 3; i++ {
		p := new(int) // ERROR "new\(int\) does not escape$"
		*p = i
		s += *p
	}
	return s
}

func newInsideKept() *T {
	var t T // ERROR "moved to heap: t$"
	for i := 0; i < 3; i++ {
		t.p = new(int) // ERROR "new\(int\) escapes to heap$"
	}
	return &t
}

func addrOfIndex() *int {
	var p *int
	for i := 0; i < 3; i++ { // ERROR "moved to heap: i$"
		p = &i
	}
	return p
}

func addrOfRangeVar(s []int) int { // ERROR "s does not escape$"
	var p *int
	for _, v := range s {
		p = &v
	}
	return *p
}

func addrOfRangeVarLocal(s []int) int { // ERROR "s does not escape$"
	n := 0
	for _, v := range s {
		p := &v
		n += *p
	}
	return n
}

func nested() int {
	var p *int
	for i := 0; i < 2; i++ {
		q := &i
		for j := 0; j < 2; j++ {
			x := j // ERROR "moved to heap: x$"
			p = &x
			q = &j
		}
		println(q)
	}
	return *p
}

func nestedInnerOnly() int {
	n := 0
	for i := 0; i < 2; i++ {
		var p *int
		for j := 0; j < 2; j++ {
			x := j // ERROR "moved to heap: x$"
			p = &x
		}
		n += *p
	}
	return n
}

func labeled() int {
	var p *int
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			y := i + j // ERROR "moved to heap: y$"
			p = &y
		}
	}
	return *p
}

func infinite() *int {
	var p *int
	for {
		p = new(int) // ERROR "new\(int\) escapes to heap$"
		if *p == 0 {
			break
		}
	}
	return p
}

func condLoop(n int) int {
	var p *int
	for n > 0 {
		m := make([]int, 4) // ERROR "make\(\[\]int, 4\) escapes to heap$"
		p = &m[0]
		n--
	}
	return *p
}

func loopSlices() [][]int {
	var out [][]int
	for i := 0; i < 2; i++ {
		out = append(out, make([]int, 2)) // ERROR "make\(\[\]int, 2\) escapes to heap$"
	}
	return out
}

func loopLiteral() int {
	var last *T
	for i := 0; i < 3; i++ {
		last = &T{} // ERROR "&T\{\} escapes to heap$"
	}
	return len(last.p2())
}

func (t *T) p2() []int { // ERROR "t does not escape$"
	return nil
}

func main() {
	println(allocOutside(), newOutsideUsedInside(), newInsideStaysInside(), newInsideKept())
	println(addrOfIndex(), addrOfRangeVar([]int{1}), addrOfRangeVarLocal(nil), nested(), nestedInnerOnly()) // ERROR "\[\]int\{\.\.\.\} does not escape$"
	println(labeled(), infinite(), condLoop(1), len(loopSlices()), loopLiteral())
}
