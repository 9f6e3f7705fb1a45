// Tests goto jumping into a block.
package main

func main() {
	goto inside // ERROR "goto inside jumps into block starting at \./goto_into_block\.go:6:2"
	{
	inside:
		println(1)
	}
}
