// Tests a nil pointer dereference at run time: the runtime error panic with exit status 2.
package main

type T struct{ X int }

func get(p *T) int { return p.X }

func main() {
	println(get(&T{1}))
	var p *T
	println(get(p))
}
