// Method values taken in a range loop: value receivers copy each element at evaluation time.
package main

type N int

func (n N) Show() int { return int(n) * 2 }

func (n *N) Ptr() int { return int(*n) * 3 }

func main() {
	ns := []N{1, 2, 3}
	var fs []func() int
	var gs []func() int
	for _, n := range ns {
		fs = append(fs, n.Show)
		gs = append(gs, n.Ptr)
	}
	for i := range fs {
		print(fs[i](), " ", gs[i](), " ")
	}
	println()
}
