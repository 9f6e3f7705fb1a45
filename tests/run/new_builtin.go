// new returns distinct zeroed variables of any type.
package main

type P struct{ x, y int }

func main() {
	a := new(int)
	b := new(int)
	*a = 3
	println(*a, *b, a != b)
	p := new(P)
	p.x = 5
	println(p.x, p.y)
	s := new([]int)
	*s = append(*s, 1, 2)
	println(len(*s))
	pp := new(*int)
	*pp = a
	**pp = 9
	println(*a)
	arr := new([3]string)
	arr[1] = "mid"
	println(len(arr), arr[1])
	f := new(func() int)
	*f = func() int { return 42 }
	println((*f)())
	e := new(struct{})
	_ = e
}
