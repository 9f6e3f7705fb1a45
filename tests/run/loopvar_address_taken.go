// Taking the address of the loop variable: every pointer points at the same variable.
package main

func main() {
	var ps []*int
	for i := 0; i < 3; i++ {
		ps = append(ps, &i)
	}
	for _, p := range ps {
		print(*p, " ")
	}
	println(ps[0] == ps[1], ps[1] == ps[2])
	var qs []*int
	for i := 0; i < 3; i++ {
		v := i
		qs = append(qs, &v)
	}
	for _, q := range qs {
		print(*q, " ")
	}
	println(qs[0] == qs[1])
	*qs[0] = 77
	println(*qs[0], *qs[1], *qs[2])
}
