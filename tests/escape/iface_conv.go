// Interface conversions: which ones box their operand, and where go1.19
// reports them (its irgen's position when it makes the conversion: the
// call's '(' or the argument, the assignment's left side, the value of a
// declaration, each result, each literal element, an explicit I(x)).
package main

type T struct{ a, b int }

func (t T) M() int { return t.a }

type I interface{ M() int }

type S struct {
	x interface{}
	t T
	p *T
}

var sink interface{}

func g(x interface{})              {} // ERROR "x does not escape$"
func g2(a int, x interface{}, y I) {} // ERROR "x does not escape$" "y does not escape$"
func gv(a ...interface{})          {} // ERROR "a does not escape$"

func r1(v T) interface{}              { return v } // ERROR "v escapes to heap$"
func r2(t T) (interface{}, int)       { return t, 1 } // ERROR "t escapes to heap$"
func r3(t T, s S) (int, interface{}) { return 1, s.t } // ERROR "s does not escape$" "s\.t escapes to heap$"
func r4() interface{}                 { return T{1, 2} } // ERROR "T\{\.\.\.\} escapes to heap$"
func r5(q T) (interface{}, I)         { return q, q } // ERROR "q escapes to heap$"
func r6() (interface{}, interface{})  { return 1, 2 } // ERROR "1 escapes to heap$" "2 escapes to heap$"
func r7(p *T) interface{}             { return p } // ERROR "leaking param: p to result ~r0 level=0$"

func args(v T, s S, p *S, arr [3]T) { // ERROR "s does not escape$" "p does not escape$"
	g(v) // ERROR "v does not escape$"
	g(s.t) // ERROR "s\.t does not escape$"
	g(p.t) // ERROR "p\.t does not escape$"
	g(arr[1]) // ERROR "arr\[1\] does not escape$"
	g2(1, v, v) // ERROR "v does not escape$"
	g2(len(arr), s.t, p.t) // ERROR "s\.t does not escape$" "p\.t does not escape$"
	gv(v, 1, "x", s.t) // ERROR "\.\.\. argument does not escape$" "v does not escape$" "1 does not escape$" ".x. does not escape$" "s\.t does not escape$"
	g(T{}) // ERROR "T\{\} does not escape$"
	g(1 + 2) // ERROR "1 \+ 2 does not escape$"
	g(len(arr)) // ERROR "len\(arr\) does not escape$"
	g("s" + "t") // ERROR ".s. \+ .t. does not escape$"
	const c = 7
	g(c) // ERROR "c does not escape$"
	g(-c) // ERROR "-c does not escape$"
	g(true) // ERROR "true does not escape$"
	g(nil)
	g(1.5) // ERROR "1\.5 does not escape$"
	g(p)
	g(&v)
}

func assigns(v T, s S, p *S) { // ERROR "s does not escape$" "p does not escape$"
	sink = s.t // ERROR "s\.t escapes to heap$"
	s.x = v // ERROR "v does not escape$"
	p.x = v // ERROR "v escapes to heap$"
	var y interface{} = s.t // ERROR "s\.t does not escape$"
	var z, w interface{} = v, s.t // ERROR "v does not escape$" "s\.t does not escape$"
	var u interface{} = 3 // ERROR "3 does not escape$"
	_, _, _, _ = y, z, w, u
	y = 3 // ERROR "3 does not escape$"
	y, z = v, s.t // ERROR "v does not escape$" "s\.t does not escape$"
	sink = 4 // ERROR "4 escapes to heap$"
	var i I = v // ERROR "v does not escape$"
	y = i
	_ = y
}

func lits(v T, q S) { // ERROR "leaking param: q$"
	a := []interface{}{v, q, 1} // ERROR "\[\]interface \{\}\{\.\.\.\} does not escape$" "v does not escape$" "q does not escape$" "1 does not escape$"
	_ = a
	b := [2]interface{}{v, q} // ERROR "v escapes to heap$" "q escapes to heap$"
	sink = b // ERROR "b escapes to heap$"
	_ = S{x: v} // ERROR "v does not escape$"
	_ = S{v, v, nil} // ERROR "v does not escape$"
	_ = []interface{}{q.t, 1: q.p} // ERROR "\[\]interface \{\}\{\.\.\.\} does not escape$" "q\.t does not escape$"
	var s []interface{}
	s = append(s, 1, T{}) // ERROR "1 escapes to heap$" "T\{\} escapes to heap$"
	_ = s
}

func explicit(v T, s S, i I) { // ERROR "leaking param: s$" "leaking param: i$"
	_ = I(v) // ERROR "I\(v\) does not escape$"
	_ = interface{}(s.t) // ERROR "\(interface \{\}\)\(s\.t\) does not escape$"
	_ = (interface{})(v) // ERROR "\(interface \{\}\)\(v\) does not escape$"
	sink = I(v) // ERROR "I\(v\) escapes to heap$"
	sink = I(i)
	sink = interface{}(s.p)
}

func main() {
	args(T{}, S{}, nil, [3]T{})
	assigns(T{}, S{}, nil)
	lits(T{}, S{})
	explicit(T{}, S{}, nil)
	r1(T{})
	r2(T{})
	r3(T{}, S{})
	r4()
	r5(T{})
	r6()
	r7(nil)
}
