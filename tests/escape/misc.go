// Assorted statements: switch and if with init, labels, spreads, named results.
package main

type T struct {
	p *int
	n int
}

type Ptrs []*int

var global = &T{}
var globalSlice = []int{1, 2}

func two(p *int) (*int, *int) { // ERROR "leaking param: p to result ~r0 level=0$"
	return p, nil
}

func pass(a, b *int) *int { // ERROR "a does not escape$" "leaking param: b to result ~r0 level=0$"
	return b
}

func spread(p *int) *int { // ERROR "p does not escape$"
	return pass(two(p))
}

func returnCall(p *int) (*int, *int) { // ERROR "leaking param: p to result ~r0 level=0$"
	return two(p)
}

func namedResult() (r int) {
	q := &r
	*q = 1
	return
}

func namedResultEscapes() (r int, p *int) { // ERROR "moved to heap: r$"
	p = &r
	return
}

func switchInit(n int) *int {
	switch x := new(int); n { // ERROR "new\(int\) escapes to heap$"
	case 1:
		return x
	case 2:
		*x = 2
	}
	return nil
}

func ifInit(n int) int {
	if p := new(int); n > 0 { // ERROR "new\(int\) does not escape$"
		return *p
	}
	return 0
}

func labels(xs [][]*int) *int { // ERROR "leaking param: xs to result ~r0 level=2$"
	var r *int
outer:
	for _, row := range xs {
		for _, p := range row {
			if p == nil {
				continue outer
			}
			r = p
			break outer
		}
	}
	return r
}

func convs(p *int, s []*int) Ptrs { // ERROR "p does not escape$" "leaking param: s to result ~r0 level=0$"
	var q *int = (*int)(p)
	println(q)
	return Ptrs(s)
}

func threeIndex(s []*int) []*int { // ERROR "leaking param: s to result ~r0 level=0$"
	return s[0:1:2]
}

func rangeString(s string) int { // ERROR "s does not escape$"
	n := 0
	for i, r := range s {
		n += i + int(r)
	}
	return n
}

func funcValue(f func(*int) *int) *int { // ERROR "f does not escape$"
	var x int // ERROR "moved to heap: x$"
	return f(&x)
}

func nestedLits() int {
	ts := []T{{n: 1}, {n: 2}} // ERROR "\[\]T\{\.\.\.\} does not escape$"
	pts := [][]*T{{{n: 1}}, {}} // ERROR "\[\]\[\]\*T\{\.\.\.\} does not escape$" "\[\]\*T\{\.\.\.\} does not escape$" "&T\{\.\.\.\} does not escape$" "\[\]\*T\{\} does not escape$"
	return len(ts) + len(pts)
}

func globals() {
	global.n++
	globalSlice[0]++
	var x int // ERROR "moved to heap: x$"
	global.p = &x
}

func main() {
	var a int
	println(spread(&a))
	println(returnCall(&a))
	println(namedResult())
	println(namedResultEscapes())
	println(switchInit(1), ifInit(1), labels(nil), convs(nil, nil), threeIndex(nil), rangeString("ab"))
	println(funcValue(func(p *int) *int { return p }), nestedLits()) // ERROR "leaking param: p to result ~r0 level=0$" "func literal does not escape$"
	globals()
}
