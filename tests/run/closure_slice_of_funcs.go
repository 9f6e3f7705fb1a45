// Building slices and arrays of closures that share or do not share state.
package main

func main() {
	shared := 0
	var fs [3]func() int
	for i := range fs {
		k := i + 1
		fs[i] = func() int { shared += k; return shared }
	}
	for j := 0; j < 2; j++ {
		for _, f := range fs {
			print(f(), " ")
		}
	}
	println()
	println(shared)
}
