// Closures in a for loop's condition and post statement share the single loop variable.
package main

func main() {
	var fs []func() int
	for i := 0; func() bool { fs = append(fs, func() int { return i }); return i < 3 }(); func() { i++ }() {
	}
	for _, f := range fs {
		print(f(), " ")
	}
	println(len(fs))
}
