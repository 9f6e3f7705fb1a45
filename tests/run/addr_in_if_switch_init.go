// Addresses of variables declared in if and switch init statements.
package main

func main() {
	var ps []*int
	for i := 0; i < 3; i++ {
		if v := i * 2; v >= 0 {
			ps = append(ps, &v)
		}
		switch w := i + 100; {
		case w > 0:
			ps = append(ps, &w)
		}
	}
	for _, p := range ps {
		print(*p, " ")
	}
	println()
	if x := 5; true {
		p := &x
		*p = 6
		println(x)
	}
}
