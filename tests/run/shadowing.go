// Shadowing in blocks, if/for/switch init statements and closures.
package main

var x = "package"

func main() {
	println(x)
	x := 1
	{
		x := 2
		x++
		println(x)
	}
	println(x)
	if x := "if"; len(x) > 0 {
		println(x)
	} else {
		x := 3.5
		println(x)
	}
	for x := 0; x < 2; x++ {
		x := x * 10
		print(x, " ")
	}
	println()
	switch x := x + 100; x {
	case 101:
		x := "inner"
		println(x)
	}
	f := func() {
		x := "closure"
		_ = x
	}
	f()
	x, y := 5, 6
	println(x, y)
	{
		y, z := 7, 8
		x = y + z
	}
	println(x, y)
	println := 3
	_ = println
}
