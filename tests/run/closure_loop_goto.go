// Variables declared in a goto loop: each execution of the declaration creates a fresh variable.
package main

func main() {
	var fs []func() int
	i := 0
loop:
	v := i * 10
	fs = append(fs, func() int { return v })
	i++
	if i < 3 {
		goto loop
	}
	for _, f := range fs {
		print(f(), " ")
	}
	println()
}
