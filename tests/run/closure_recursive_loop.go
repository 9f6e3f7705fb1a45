// Recursive closures created in a loop, each capturing its own iteration's variables.
package main

func main() {
	var fs []func(int) int
	for i := 1; i <= 3; i++ {
		k := i
		var f func(int) int
		f = func(n int) int {
			if n == 0 {
				return 0
			}
			return k + f(n-1)
		}
		fs = append(fs, f)
	}
	for _, f := range fs {
		print(f(4), " ")
	}
	println()
}
