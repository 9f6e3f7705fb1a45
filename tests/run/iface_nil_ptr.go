// A nil interface differs from an interface holding a nil pointer: the
// latter is != nil, has a dynamic type, and its pointer methods run.
package main

type T struct{ n int }

func (t *T) Name() string {
	if t == nil {
		return "nil *T"
	}
	return "a *T"
}

type Namer interface{ Name() string }

type myErr struct{}

func (*myErr) Error() string { return "myErr" }

func find(fail bool) error {
	var p *myErr
	if fail {
		p = &myErr{}
	}
	return p // never a nil interface
}

func findRight(fail bool) error {
	if fail {
		return &myErr{}
	}
	return nil
}

func main() {
	var p *T
	var n Namer = p
	println(n == nil, n != nil, p == nil)
	println(n.Name())
	q, ok := n.(*T)
	println(q == nil, ok)

	var n2 Namer
	println(n2 == nil)
	println(n == n2)
	var p2 *T
	var n3 Namer = p2
	println(n == n3) // same dynamic type, both nil pointers

	err := find(false)
	println("find(false) == nil:", err == nil)
	println(err.Error())
	err = findRight(false)
	println("findRight(false) == nil:", err == nil)
	err = findRight(true)
	println(err != nil, err.Error())

	var e interface{} = (*T)(nil)
	println(e == nil, e == (*T)(nil), e == (*myErr)(nil))
	switch v := e.(type) {
	case nil:
		println("nil case")
	case *T:
		println("*T case", v == nil)
	}
	n = &T{1}
	println(n.Name())
	n = nil
	println(n == nil)
}
