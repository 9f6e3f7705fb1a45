// Closures capturing the three-clause loop variable: go1.19 has one variable for the whole loop.
package main

func main() {
	var fs []func() int
	for i := 0; i < 4; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		print(f(), " ")
	}
	println()
}
