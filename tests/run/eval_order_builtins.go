// len, cap, append and method calls are evaluated before plain operands; string(b) and str+str are not.
package main

type T struct{ a int }

func (t T) Get() int      { return t.a }
func (t T) Add(n int) int { return t.a*100 + n }
func (t *T) P(n int) int  { return t.a*100 + n }

var t T
var s = []int{1, 2, 3}
var str = "ab"

func bump() int        { t.a++; return t.a }
func apply(f func() int, n int) int { return f()*1000 + n }
func grow() int        { str += "c"; s = append(s, 4); return len(s) }
func first(xs ...int) int { return xs[0] }

func main() {
	println(t.Add(bump()))
	println(t.P(bump()))
	println(apply(t.Get, bump()))
	f := t.Get
	println(f() + bump())
	println(len(s), grow(), str+str, grow(), str)
	println(first(t.a, bump()), first([]int{t.a, bump()}...))
	println(str[0:len(str)] + string(rune('a'+grow())))
	println(s[len(s)-1], grow())
	println((t).a, (bump()))
	var arr [2]int
	println(arr[t.a%2], func() int { arr[0] = 5; arr[1] = 5; return 1 }())
	println(t.a * -bump(), t.a)
	u := t
	println(u == t, u == T{bump()})
	b := []byte("xy")
	mod := func() int { b[0] = 'z'; return 0 }
	println(string(b), mod())
	println(string(b[:1])+"!", func() int { b[0] = 'q'; return 0 }())
}
