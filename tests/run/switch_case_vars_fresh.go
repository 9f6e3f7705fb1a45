// Variables declared in switch case clauses are fresh on each execution of the clause.
package main

func main() {
	var ps []*int
	var fs []func() int
	for i := 0; i < 4; i++ {
		switch i % 2 {
		case 0:
			v := i
			ps = append(ps, &v)
		default:
			w := i * 100
			fs = append(fs, func() int { w++; return w })
		}
	}
	println(*ps[0], *ps[1], ps[0] != ps[1])
	println(fs[0](), fs[1](), fs[0]())
}
