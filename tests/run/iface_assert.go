// Type assertions to concrete types: x.(T) and v, ok := x.(T), for
// value and pointer types, named and unnamed, matching and not.
package main

type Celsius float64
type Num int
type P struct{ a, b int }

type Valuer interface{ Value() int }

func (n Num) Value() int { return int(n) * 2 }
func (p *P) Value() int  { return p.a + p.b }

func main() {
	var x interface{} = 42
	n := x.(int)
	println(n + 1)
	s, ok := x.(string)
	println(s == "", ok)
	f, ok := x.(float64)
	println(f, ok)
	_, ok = x.(Num) // a Num is not an int
	println(ok)

	x = Num(5)
	nn, ok := x.(Num)
	println(nn, ok)
	_, ok = x.(int)
	println(ok)

	x = Celsius(36.6)
	c := x.(Celsius)
	println(c)

	p := &P{1, 2}
	x = p
	q, ok := x.(*P)
	println(q == p, ok, q.a)
	_, ok = x.(P)
	println(ok)

	x = P{3, 4}
	pv := x.(P)
	pv.a = 100 // a copy
	println(pv.a, x.(P).a)

	var v Valuer = Num(8)
	println(v.(Num))
	v = &P{5, 6}
	pp, ok := v.(*P)
	println(ok, pp.b)
	if num, ok := v.(Num); !ok {
		println("not a Num", num)
	}

	var none interface{}
	z, ok := none.(int)
	println(z, ok)
	zp, ok := none.(*P)
	println(zp == nil, ok)

	x = []int{1, 2, 3}
	sl := x.([]int)
	sl[0] = 9
	println(x.([]int)[0], len(sl))
	x = [3]string{"a", "b", "c"}
	arr, ok := x.([3]string)
	println(ok, arr[2])
	_, ok = x.([2]string)
	println(ok)
}
