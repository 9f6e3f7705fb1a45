// A closure that modifies the loop variable changes the loop's iteration.
package main

func main() {
	n := 0
	for i := 0; i < 20; i++ {
		skip := func() { i += 3 }
		skip()
		n++
		print(i, " ")
	}
	println()
	println("iterations", n)
	for i := 10; i > 0; {
		dec := func(d int) { i -= d }
		dec(3)
		print(i, " ")
	}
	println()
}
