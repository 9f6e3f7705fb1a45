// Struct values are copied by assignment, by passing and by returning.
package main

type P struct {
	name string
	vals [3]int
	next *P
}

func modify(p P) P {
	p.name = "mod"
	p.vals[0] = 100
	if p.next != nil {
		p.next.name = "changed-through-pointer"
	}
	return p
}

func main() {
	n := &P{name: "n"}
	a := P{"a", [3]int{1, 2, 3}, n}
	b := a
	b.vals[1] = 20
	c := modify(a)
	println(a.name, a.vals[0], a.vals[1], b.vals[1], c.name, c.vals[0])
	println(n.name, a.next == c.next)
	arr := [2]P{a, b}
	arr2 := arr
	arr2[0].name = "x"
	println(arr[0].name, arr2[0].name)
}
