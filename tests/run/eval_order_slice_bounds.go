// Slice expressions: non-trivial bounds are evaluated in place, nested slices before later calls.
package main

var x = []int{1, 2, 3, 4}
var g = 0

type T struct{ a int }

var t = T{1}

func f() int  { x = []int{9, 9, 9, 9}; g = 2; t.a = 3; return 1 }
func id(v int) int { return v }

func main() {
	println(x[0:1][0], f())
	x = []int{1, 2, 3, 4}
	g = 0
	println(len(x[g:f()+2]))
	x = []int{1, 2, 3, 4}
	g = 0
	println(len(x[g+0:f()]))
	x = []int{1, 2, 3, 4}
	g, t.a = 0, 1
	println(len(x[t.a:f()+2]), t.a)
	x = []int{1, 2, 3, 4}
	g = 0
	y := x[g+1 : 2+f()]
	println(len(y), y[0])
	x = []int{1, 2, 3, 4}
	g = 0
	println(len(x[:2]), id(len(x[f():])), x[1])
	x = []int{1, 2, 3, 4}
	g = 0
	println(x[g*2 : g+3 : id(f()+3)][0])
	x = []int{1, 2, 3, 4}
	g = 0
	println(x[g+1], f())
}
