// x op= f(): the left side (index, slice, pointer) is evaluated after f.
package main

var g = 0
var s = []int{1, 2, 3, 4}
var s2 = []int{10, 20, 30, 40}

type T struct {
	arr [4]int
	sl  []int
	p   *T
	v   int
}

var t = T{sl: []int{1, 2, 3, 4}}
var t2 = T{v: 1000}
var pt = &t

func f() int {
	g = 2
	s = s2
	t.sl = s2
	pt = &t2
	return 1
}

func reset() {
	g = 0
	s = []int{1, 2, 3, 4}
	t = T{sl: []int{1, 2, 3, 4}}
	t2 = T{v: 1000}
	pt = &t
}

func main() {
	s[g+1] += f()
	println(s[1], s[3], s2[3], s2[1])
	reset()
	s[g] += f()
	println(s[0], s[2], s2[2], s2[0])
	reset()
	t.sl[g+1] += f()
	println(t.sl[1], s2[1])
	reset()
	t.arr[g+1] += f()
	println(t.arr[1], t.arr[3])
	reset()
	pt.v += f()
	println(t.v, t2.v)
	reset()
	(*pt).v += f()
	println(t.v, t2.v)
	reset()
	x := s[g : g+2]
	x[0] += f()
	println(x[0], len(x))
	reset()
	println(s[g:g+1][0], f())
}
