// Tests method values: bound receivers (value receivers copy at evaluation time, pointer receivers share).
package main

type T struct{ n int }

func (t T) Val() int   { return t.n }
func (t *T) Ptr() int  { return t.n }
func (t *T) Set(v int) { t.n = v }

func call(f func() int) int { return f() }

func main() {
	t := T{1}
	v := t.Val
	p := t.Ptr
	set := t.Set
	t.n = 2
	println(v(), p(), call(v), call(p))
	set(3)
	println(t.n, v(), p())
	pt := &T{10}
	pv := pt.Val
	pt.n = 20
	println(pv(), pt.Val())
	fs := []func() int{t.Val, pt.Ptr}
	pt.n = 30
	println(fs[0](), fs[1]())
}
