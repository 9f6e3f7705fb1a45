// Package variable initialization in dependency order, init functions, method expressions.
package main

var a = b + c
var b = f("b", 1)
var c = f("c", 2)
var d = f("d", 3)
var x, y = g()
var e = func() int { return a * 10 }()
var fs = []func() int{func() int { return e }, h}
var arr = [3]int{2: d}
var pt = &T{a}

type T struct{ v int }

func (t T) Get() int { return t.v }

func f(name string, v int) int {
	println("init", name)
	return v
}

func g() (int, int) {
	println("init g")
	return 7, 8
}

func h() int { return b + 100 }

func init() {
	println("init1", a, e)
	a++
}

func init() {
	println("init2", a)
}

func main() {
	println(a, b, c, d, x, y, e, fs[0](), fs[1](), arr[2], pt.v)
	get := T.Get
	inc := (*T).Get
	println(get(T{5}), inc(pt))
}
