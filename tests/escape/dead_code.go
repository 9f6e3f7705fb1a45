// Dead code: gc removes if branches with constant conditions (folding &&
// and || with a constant left operand), the statements after such an if
// whose live branch returns or panics, and bodies made only of dead ifs
// and for-false loops, before escape analysis; too-large variables are
// still moved to the heap.
package main

const debug = false

var sink *int
var sinkS string

func constFalse(s string) int { // ERROR "s does not escape$"
	x := 1
	if debug {
		sink = &x
		sinkS = s + "!"
	}
	return x
}

func constTrueElse(s string) *int { // ERROR "s does not escape$"
	if !debug {
		return new(int) // ERROR "new\(int\) escapes to heap$"
	} else {
		sinkS = s + "?"
	}
	y := 2
	return &y
}

func cutAfterReturn() *int {
	if true {
		return nil
	}
	z := 3
	return &z
}

func noCutWithLabel(n int) *int {
	if true {
		return nil
	}
L:
	w := n // ERROR "moved to heap: w$"
	if n > 0 {
		n--
		goto L
	}
	return &w
}

func andFold(b bool) *int {
	if false && b {
		return new(int)
	}
	if b && false {
		return new(int) // ERROR "new\(int\) escapes to heap$"
	}
	if true || b {
		return nil
	}
	return new(int)
}

func deadClosure() int {
	if debug {
		f := func(p *int) *int { return p }
		println(f(nil))
	}
	return 0
}

func deadBig() int {
	if debug {
		var big [11 << 20]byte // ERROR "moved to heap: big$"
		return len(big)
	}
	return 0
}

func forFalse() {
	for false {
		sink = new(int)
	}
}

func forFalseNotOnly() int {
	for false {
		sink = new(int) // ERROR "new\(int\) escapes to heap$"
	}
	return 1
}

func panicCut(s string) string { // ERROR "s does not escape$"
	if true {
		panic("x") // ERROR ".x. escapes to heap$"
	}
	return s + s
}

func nestedDead(s string) { // ERROR "s does not escape$"
	{
		if debug {
			sinkS = s + "n"
		}
	}
	for i := 0; i < 2; i++ {
		if false {
			sinkS = s + "m"
		}
	}
	switch {
	case true:
		if debug {
			sinkS = s + "k"
		}
	}
}

func elseIf(s string) { // ERROR "s does not escape$"
	if false {
		sinkS = s + "1"
	} else if debug {
		sinkS = s + "2"
	} else {
		sinkS = s + "3" // ERROR "s \+ .3. escapes to heap$"
	}
}

func main() {
	println(constFalse("a"), constTrueElse("b"), cutAfterReturn(), noCutWithLabel(1), andFold(true), deadClosure(), deadBig(), forFalseNotOnly(), panicCut("x"))
	forFalse()
	nestedDead("q")
	elseIf("e")
}
