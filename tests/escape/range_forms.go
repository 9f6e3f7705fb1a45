// Range loops in their forms: assigning to existing variables, over *arr,
// over call results and literals, addresses of range variables (declared
// once, outside the loop body, in go1.19), method values needing &v.
package main

type P struct {
	x int
}

func (p *P) PM() int { return p.x } // ERROR "p does not escape$"
func (p P) VM() int   { return p.x }

var sinkF func() int
var sink *int

func methodValueAddr() func() int {
	var v P // ERROR "moved to heap: v$"
	return v.PM // ERROR "v\.PM escapes to heap$"
}

func methodValueAddrLocal() int {
	var v P
	f := v.PM // ERROR "v\.PM does not escape$"
	return f()
}

func methodValueValue() {
	var v P
	sinkF = v.VM // ERROR "v\.VM escapes to heap$"
}

func rangeAssignExisting(s []*int) *int { // ERROR "leaking param: s to result ~r0 level=1$"
	var p *int
	var i int
	for i, p = range s {
		_ = i
	}
	return p
}

func rangeDerefArray(pa *[3]*int) *int { // ERROR "leaking param: pa to result ~r0 level=1$"
	var last *int
	for _, p := range *pa {
		last = p
	}
	return last
}

func rangeCall() int {
	n := 0
	for _, v := range mk() {
		n += *v
	}
	return n
}

func mk() []*int {
	x := 1 // ERROR "moved to heap: x$"
	return []*int{&x} // ERROR "\[\]\*int\{\.\.\.\} escapes to heap$"
}

func rangeStringAddr(s string) *rune { // ERROR "leaking param content: s$"
	var p *rune
	for _, r := range s { // ERROR "moved to heap: r$"
		p = &r
	}
	return p
}

func switchDecl(k int) *int {
	switch v := k * 2; { // ERROR "moved to heap: v$"
	case v > 2:
		w := v // ERROR "moved to heap: w$"
		return &w
	default:
		return &v
	}
}

func rangeKeyAddr(s []int) *int { // ERROR "s does not escape$"
	for i := range s { // ERROR "moved to heap: i$"
		return &i
	}
	return nil
}

func rangeOverLiteral() int {
	t := 0
	for _, p := range []*P{{1}, {2}} { // ERROR "\[\]\*P\{\.\.\.\} does not escape$" "&P\{\.\.\.\} does not escape$"
		t += p.x
	}
	return t
}

func rangeArrayValueAddr() *int {
	arr := [2]int{1, 2} // ERROR "moved to heap: arr$"
	for i := range arr {
		return &arr[i]
	}
	return nil
}

func main() {
	println(methodValueAddr()(), methodValueAddrLocal())
	methodValueValue()
	println(rangeAssignExisting(nil), rangeDerefArray(nil), rangeCall(), rangeStringAddr("ab"), switchDecl(2))
	println(rangeKeyAddr(nil), rangeOverLiteral(), rangeArrayValueAddr())
}
