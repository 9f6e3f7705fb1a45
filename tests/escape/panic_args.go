// panic's implicit conversion to interface{}: the boxed argument escapes,
// whatever the expression, including calls, method calls (spelled as gc
// rewrites them, (*T).M(recv)), builtins, conversions and operators.
package main

type C struct{ s string }

type W struct {
	C
	pc *C
}

func (c *C) Name() string     { return c.s } // ERROR "leaking param: c to result ~r0 level=1$"
func (c C) VName() string     { return c.s } // ERROR "leaking param: c to result ~r0 level=0$"
func (c *C) Arg(x int) string { return c.s } // ERROR "leaking param: c to result ~r0 level=1$"

func g(x int) int { return x }

var fv = g

func methods(x int, c *C, v C, w W, pw *W) { // ERROR "leaking param content: c$" "leaking param: v$" "leaking param: w$" "leaking param content: pw$"
	switch x {
	case 1:
		panic(c.Name()) // ERROR "\(\*C\)\.Name\(c\) escapes to heap$"
	case 2:
		panic(v.Name()) // ERROR "\(\*C\)\.Name\(v\) escapes to heap$"
	case 3:
		panic(c.VName()) // ERROR "C\.VName\(c\) escapes to heap$"
	case 4:
		panic(v.VName()) // ERROR "C\.VName\(v\) escapes to heap$"
	case 5:
		panic(w.Name()) // ERROR "\(\*C\)\.Name\(w\.C\) escapes to heap$"
	case 6:
		panic(pw.Name()) // ERROR "\(\*C\)\.Name\(pw\.C\) escapes to heap$"
	case 7:
		panic(pw.VName()) // ERROR "C\.VName\(pw\.C\) escapes to heap$"
	case 8:
		panic(w.pc.Arg(x)) // ERROR "\(\*C\)\.Arg\(w\.pc, x\) escapes to heap$"
	case 9:
		panic(c.Arg(3)) // ERROR "\(\*C\)\.Arg\(c, 3\) escapes to heap$"
	case 10:
		panic(pw.pc.VName()) // ERROR "C\.VName\(pw\.pc\) escapes to heap$"
	}
}

func calls(x int, s string, b []byte) { // ERROR "s does not escape$" "b does not escape$"
	switch x {
	case 1:
		panic(g(x)) // ERROR "g\(x\) escapes to heap$"
	case 2:
		panic(fv(x)) // ERROR "fv\(x\) escapes to heap$"
	case 3:
		panic(func(y int) int { return y }(x)) // ERROR "\(func literal\)\(x\) escapes to heap$" "func literal does not escape$"
	case 4:
		panic(len(b[x:])) // ERROR "len\(b\[x:\]\) escapes to heap$"
	case 5:
		panic(string(b)) // ERROR "string\(b\) escapes to heap$"
	case 6:
		panic(int64(x)) // ERROR "int64\(x\) escapes to heap$"
	case 7:
		panic(cap(b) + len(s)) // ERROR "cap\(b\) \+ len\(s\) escapes to heap$"
	case 8:
		panic(g(x) + 1) // ERROR "g\(x\) \+ 1 escapes to heap$"
	case 9:
		panic(1 + g(x)) // ERROR "1 \+ g\(x\) escapes to heap$"
	case 10:
		panic(copy(b, s)) // ERROR "copy\(b, s\) escapes to heap$"
	case 11:
		panic(append(b, 1)[0]) // ERROR "append\(b, 1\)\[0\] escapes to heap$"
	}
}

func exprs(x int, s string, c *C, b []byte, i int) { // ERROR "leaking param: s$" "c does not escape$" "b does not escape$"
	switch x {
	case 1:
		panic(-x) // ERROR "-x escapes to heap$"
	case 2:
		panic(x + 1) // ERROR "x \+ 1 escapes to heap$"
	case 3:
		panic(s[i:]) // ERROR "s\[i:\] escapes to heap$"
	case 4:
		panic(s[1:]) // ERROR "s\[1:\] escapes to heap$"
	case 5:
		panic(*(&x)) // ERROR "\*\(&x\) escapes to heap$"
	case 6:
		panic((s)) // ERROR "s escapes to heap$"
	case 7:
		panic(string(b[i:])) // ERROR "string\(b\[i:\]\) escapes to heap$"
	case 8:
		panic(C{s}.s) // ERROR "C\{\.\.\.\}\.s escapes to heap$"
	case 9:
		panic([]string{s}[0]) // ERROR "\[\]string\{\.\.\.\}\[0\] escapes to heap$" "\[\]string\{\.\.\.\} does not escape$"
	case 10:
		panic(func() string { return s + "x" }()) // ERROR "\(func literal\)\(\) escapes to heap$" "func literal does not escape$" "s \+ .x. escapes to heap$"
	case 11:
		panic(x + g(i)) // ERROR "x \+ g\(i\) escapes to heap$"
	case 12:
		panic(s[0]) // ERROR "s\[0\] escapes to heap$"
	case 13:
		panic(c.s + s) // ERROR "c\.s \+ s escapes to heap$"
	case 14:
		panic(x == i) // ERROR "x == i escapes to heap$"
	}
}

func main() {
	methods(0, nil, C{}, W{}, nil)
	calls(0, "", nil)
	exprs(0, "", nil, nil, 0)
}
