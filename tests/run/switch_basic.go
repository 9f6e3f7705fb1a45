// Tests expression switches: several values per case, default anywhere, no implicit fallthrough.
package main

func name(n int) string {
	switch n {
	case 0:
		return "zero"
	default:
		return "many"
	case 1, 2, 3:
		return "few"
	case 4:
	}
	return "four"
}

func main() {
	for i := 0; i < 6; i++ {
		println(i, name(i))
	}
	s := "b"
	switch s {
	case "a":
		println("is a")
	case "b":
		println("is b")
	case "c":
		println("is c")
	}
	switch x := 5; x * 2 {
	case 10:
		println("ten")
	}
	switch {
	}
	switch f := 2.5; {
	case f > 2:
		println("f > 2")
		break
		println("unreachable")
	case f > 1:
		println("f > 1")
	}
}
