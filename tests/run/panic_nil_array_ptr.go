// Indexing through a nil pointer to an array panics with a nil dereference.
package main

func main() {
	var p *[4]int
	println(len(p))
	i := 2
	p[i] = 1
	println("unreachable")
}
