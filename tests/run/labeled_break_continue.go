// Labeled break and continue out of nested loops and switches.
package main

func main() {
outer:
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			if j == 2 {
				continue outer
			}
			if i == 3 {
				break outer
			}
			print(i, j, " ")
		}
	}
	println()
	n := 0
loop:
	for {
		switch {
		case n > 5:
			break loop
		default:
			n += 2
		}
	}
	println(n)
rows:
	for i := 0; i < 3; i++ {
		for _, c := range "abc" {
			switch c {
			case 'b':
				continue rows
			}
			print(i, string(c), " ")
		}
	}
	println()
	k := 0
L:
	for k < 10 {
		k++
		for {
			if k%3 == 0 {
				continue L
			}
			break
		}
		print(k, " ")
	}
	println()
}
