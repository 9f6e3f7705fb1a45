// Tests goto: backward jumps forming loops and forward jumps out of blocks.
package main

func main() {
	i := 0
loop:
	if i < 5 {
		print(i, " ")
		i++
		goto loop
	}
	println()
	for j := 0; j < 10; j++ {
		if j == 3 {
			goto done
		}
		println("j", j)
	}
done:
	println("done")
	n := 10
	goto skip
skip:
	println(n)
}
