// Nil pointer dereference when reading a field through a nil struct pointer.
package main

type T struct {
	a, b int
}

func get(p *T) int { return p.b }

func main() {
	var p *T
	println("start")
	println(get(p))
}
