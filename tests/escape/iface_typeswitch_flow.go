// Type switch bindings: each clause's variable carries what the
// interface holds; a bound pointer returned or stored leaks the operand.
package main

type A struct{ p *int }
type B struct{ n int }

var sinkA *A
var sinkB interface{}

func pick(x interface{}) *int { // ERROR "leaking param: x to result ~r0 level=0$"
	switch v := x.(type) {
	case *A:
		return v.p
	case *B:
		return &v.n
	}
	return nil
}

func store(x interface{}) { // ERROR "leaking param: x$"
	switch v := x.(type) {
	case *A:
		sinkA = v
	case B:
		sinkB = v.n // ERROR "v\.n escapes to heap$"
	}
}

func count(x interface{}) int { // ERROR "x does not escape$"
	switch v := x.(type) {
	case int:
		return v
	case string:
		return len(v)
	case []int:
		return len(v)
	}
	return 0
}

func rebox(x interface{}) interface{} { // ERROR "leaking param: x to result ~r0 level=0$"
	switch v := x.(type) {
	case int:
		return v + 1 // ERROR "v \+ 1 escapes to heap$"
	case B:
		return v // ERROR "v escapes to heap$"
	default:
		return v
	}
}

func multi(x interface{}) { // ERROR "leaking param: x$"
	switch v := x.(type) {
	case *A, *B:
		sinkB = v
	}
}

func main() {
	n := 1
	_ = pick(&A{&n}) // ERROR "&A\{\.\.\.\} does not escape$"
	store(B{}) // ERROR "B\{\} escapes to heap$"
	_ = count(3) // ERROR "3 does not escape$"
	_ = rebox(4) // ERROR "4 does not escape$"
	multi(nil)
}
