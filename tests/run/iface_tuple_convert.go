// Tuple values converted to interfaces: v, ok := x.(T) assigned to
// interface variables, f() results passed to and returned as interfaces.
package main

type S struct{ n int }

func two() (int, S) { return 7, S{3} }

func show(a, b interface{}) {
	println(a.(int), b.(S).n)
}

func pair() (interface{}, interface{}) { return two() }

var a, b any = any(nil).(bool)

func main() {
	println(a.(bool), b.(bool))
	var x interface{} = 5
	var v, ok interface{}
	v, ok = x.(int)
	println(v.(int), ok.(bool))
	show(two())
	p, q := pair()
	println(p.(int), q.(S).n)
}
