// Tests lexical scoping: shadowing in blocks, if/for/switch scopes, package names shadowed.
package main

var x = "package"

func show() { println(x) }

func main() {
	println(x)
	x := 1
	println(x)
	{
		x := 2.5
		println(x)
		{
			x := "inner"
			println(x)
		}
		println(x)
	}
	println(x)
	for x := 0; x < 2; x++ {
		println("loop", x)
	}
	switch x := "sw"; x {
	case "sw":
		x := 3
		println(x)
	}
	show()
	len := 3
	println(len)
	true := false
	println(true)
}
