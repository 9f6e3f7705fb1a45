// Switch forms: no tag, string tag, case expressions with calls evaluated in order, break in switch.
package main

var trace string

func v(n int) int {
	trace += string(rune('0' + n))
	return n
}

func main() {
	switch v(3) {
	case v(1), v(2):
		println("no")
	case v(3), v(4):
		println("yes")
	case v(5):
		println("no")
	}
	println(trace)
	s := "go"
	switch s {
	case "c":
		println("c")
	case "go":
		println("go")
		if len(s) == 2 {
			break
		}
		println("unreached")
	default:
		println("default")
	}
	switch {
	}
	switch x := 5; {
	default:
		println("default only", x)
	}
	for i := 0; i < 5; i++ {
		switch i {
		case 2:
			continue
		case 4:
			break
		}
		print(i, " ")
	}
	println()
}
