// Tests labeled break and continue in nested for loops and switches.
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
loop:
	for i := 0; ; i++ {
		switch {
		case i == 5:
			break loop
		case i%2 == 0:
			continue loop
		}
		print(i, " ")
	}
	println()
	n := 0
sw:
	switch {
	case true:
		for {
			n++
			if n == 3 {
				break sw
			}
		}
	}
	println(n)
}
