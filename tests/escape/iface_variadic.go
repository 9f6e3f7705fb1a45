// Variadic ...interface{} parameters: the implicit slice (... argument)
// and the boxes of its elements, depending on what the callee does.
package main

var sink interface{}
var sinkS []interface{}

func count(xs ...interface{}) int { // ERROR "xs does not escape$"
	return len(xs)
}

func keepFirst(xs ...interface{}) { // ERROR "leaking param content: xs$"
	if len(xs) > 0 {
		sink = xs[0]
	}
}

func keepAll(xs ...interface{}) { // ERROR "leaking param: xs$"
	sinkS = xs
}

func prefixed(prefix string, xs ...interface{}) int { // ERROR "prefix does not escape$" "xs does not escape$"
	n := len(prefix)
	for _, x := range xs {
		if s, ok := x.(string); ok {
			n += len(s)
		}
	}
	return n
}

func caller(a int, s string) { // ERROR "leaking param: s$"
	_ = count(a, s, 1.5) // ERROR "\.\.\. argument does not escape$" "a does not escape$" "s does not escape$" "1\.5 does not escape$"
	_ = count()
	keepFirst(a, s) // ERROR "\.\.\. argument does not escape$" "a escapes to heap$" "s escapes to heap$"
	keepAll(a, "k") // ERROR "\.\.\. argument escapes to heap$" "a escapes to heap$" ".k. escapes to heap$"
	_ = prefixed("p", s, a) // ERROR "\.\.\. argument does not escape$" "s does not escape$" "a does not escape$"
	list := []interface{}{a, s} // ERROR "\[\]interface \{\}\{\.\.\.\} does not escape$" "a escapes to heap$" "s escapes to heap$"
	_ = count(list...)
	keepFirst(list...)
}

func printing(a int, s string) { // ERROR "s does not escape$"
	println(a, s)
	print(a, "\n")
}

func main() {
	caller(1, "x")
	printing(2, "y")
}
