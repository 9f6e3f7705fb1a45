// Dead code cut after an if whose constant condition selects a branch
// ending in return or panic: in loops, switch cases and bare blocks (which
// gc flattens, so the cut reaches past them), but not past a later label.
package main

const on = true
const level = 2

var sink *int
var sinkS string

func cutInLoop(s string) int { // ERROR "s does not escape$"
	for i := 0; i < 3; i++ {
		if on {
			continue
		}
		sinkS = s + "a" // ERROR "s \+ .a. escapes to heap$"
	}
	for i := 0; i < 3; i++ {
		if level > 1 {
			return i
		}
		sinkS = s + "b"
	}
	return 0
}

func cutInSwitch(k int, s string) { // ERROR "s does not escape$"
	switch k {
	case 1:
		if on {
			panic("one") // ERROR ".one. escapes to heap$"
		}
		sinkS = s + "c"
	default:
		if level == 3 {
			return
		}
		sinkS = s + "d" // ERROR "s \+ .d. escapes to heap$"
	}
}

func cutInBlock(s string) { // ERROR "s does not escape$"
	{
		if on {
			return
		}
		sinkS = s + "e"
	}
	sinkS = s + "f"
}

func initKeeps(s string) int { // ERROR "s does not escape$"
	if x := new(int); on { // ERROR "new\(int\) does not escape$"
		return *x
	}
	sinkS = s + "g"
	return 0
}

func gotoAfterCut(n int) *int {
L:
	if on {
		v := n // ERROR "moved to heap: v$"
		return &v
	}
	n++
	goto L
}

func deadGoto(n int) *int {
	var p *int
L:
	x := n // ERROR "moved to heap: x$"
	p = &x
	if false {
		goto L
	}
	return p
}

func deadLoopOnly() {
	if false {
		sink = new(int)
	}
	for false {
		sink = new(int)
	}
}

func deadWithInit() {
	if y := new(int); false { // ERROR "new\(int\) does not escape$"
		sink = y
	}
}

func main() {
	println(cutInLoop("x"), initKeeps("y"), gotoAfterCut(1), deadGoto(1))
	cutInSwitch(1, "z")
	cutInBlock("w")
	deadLoopOnly()
	deadWithInit()
}
