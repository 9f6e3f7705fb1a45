// Interfaces holding closures, closures capturing interfaces, and
// interface method calls inside closures.
package main

type Doer interface{ Do() int }

type DoFunc func() int

func (f DoFunc) Do() int { return f() } // ERROR "f does not escape$"

var sink interface{}
var sinkD Doer

func closureInIface(n int) {
	sink = func() int { return n } // ERROR "func literal escapes to heap$"
}

func closureLocal(n int) int {
	var x interface{} = func() int { return n * 2 } // ERROR "func literal does not escape$"
	return x.(func() int)()
}

func namedFuncType(n int) {
	m := n + 1
	sinkD = DoFunc(func() int { return m }) // ERROR "func literal escapes to heap$"
}

func namedFuncLocal(n int) int {
	var d Doer = DoFunc(func() int { return n }) // ERROR "func literal does not escape$"
	return d.Do() // ERROR "devirtualizing d\.Do to DoFunc$"
}

func captureIface(d Doer) func() int { // ERROR "leaking param: d$"
	return func() int { return d.Do() } // ERROR "func literal escapes to heap$"
}

func captureAndCall(v int) int {
	var e interface{} = v // ERROR "v does not escape$"
	f := func() bool { return e == nil } // ERROR "func literal does not escape$"
	if f() {
		return 0
	}
	return 1
}

func main() {
	closureInIface(1)
	_ = closureLocal(2)
	namedFuncType(3)
	_ = namedFuncLocal(4)
	_ = captureIface(nil)
	_ = captureAndCall(5)
}
