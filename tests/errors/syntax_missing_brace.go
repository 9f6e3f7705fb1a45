// Tests an if statement whose condition is followed by a newline instead of a block.
package main

func main() {
	x := 1
	if x > 0 // ERROR "unexpected newline, expecting { after if clause"
	{
		println(x)
	}
}
