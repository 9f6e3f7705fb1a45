// A pointer to the loop variable kept after the loop sees its final value.
package main

func keep(p *int) *int { return p }

func main() {
	var last *int
	for i := 0; i < 5; i++ {
		last = keep(&i)
	}
	println(*last)
	var first *int
	for j := 0; j < 5; j++ {
		if first == nil {
			first = &j
		}
	}
	println(*first)
	*first = 42
	println(*first)
}
