// Tests that a label needs a statement after it (an empty one ends with
// ';' or the block's '}').
package main

func main() {
	switch 0 {
	case 0:
	L0: // ERROR "syntax error: missing statement after label"
	case 1:
		goto L1
	L1:
	}
}
