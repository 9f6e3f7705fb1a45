// Method values on the three-clause loop variable: pointer receivers bind the one shared variable.
package main

type N int

func (n *N) Ptr() int { return int(*n) }
func (n N) Val() int  { return int(n) }

func main() {
	var ps, vs []func() int
	for i := N(0); i < 3; i++ {
		ps = append(ps, i.Ptr)
		vs = append(vs, i.Val)
	}
	for k := range ps {
		print(ps[k](), vs[k](), " ")
	}
	println()
	var bodyPs []func() int
	for i := N(0); i < 3; i++ {
		j := i * 10
		bodyPs = append(bodyPs, j.Ptr)
	}
	for _, f := range bodyPs {
		print(f(), " ")
	}
	println()
}
