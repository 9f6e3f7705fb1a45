// Backward gotos make loops; a label's loop depth ends with its block.
package main

var cond bool

func topLabel() *int {
	var p *int
again:
	if cond {
		goto again
	}
	p = new(int) // ERROR "new\(int\) escapes to heap$"
	return p
}

func topLabelLocal() int {
	var p *int
again:
	if cond {
		goto again
	}
	p = new(int) // ERROR "new\(int\) escapes to heap$"
	return *p
}

func blockLabel() int {
	var p *int
	if cond {
	spin:
		goto spin
	}
	p = new(int) // ERROR "new\(int\) does not escape$"
	return *p
}

func loopedVar() int {
	var p *int
	n := 0
retry:
	x := n // ERROR "moved to heap: x$"
	p = &x
	n++
	if n < 2 {
		goto retry
	}
	return *p
}

func forwardOnly() int {
	var p *int
	goto done
done:
	p = new(int) // ERROR "new\(int\) does not escape$"
	return *p
}

func caseBlocks(k int) int {
	var p *int
	switch k {
	case 1:
	back:
		if cond {
			goto back
		}
	}
	p = new(int) // ERROR "new\(int\) does not escape$"
	return *p
}

func main() {
	println(topLabel(), topLabelLocal(), blockLabel(), loopedVar(), forwardOnly(), caseBlocks(0))
}
