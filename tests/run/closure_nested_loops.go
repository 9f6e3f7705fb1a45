// Closures capturing variables of nested loops: outer range value, inner loop variable, body variable.
package main

func main() {
	var fs []func() string
	for _, a := range []string{"x", "y"} {
		for j := 0; j < 2; j++ {
			b := a + string(rune('0'+j))
			fs = append(fs, func() string { return a + string(rune('0'+j)) + ":" + b })
		}
	}
	for _, f := range fs {
		print(f(), " ")
	}
	println()
}
