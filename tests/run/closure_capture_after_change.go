// Closures see changes to captured variables made after the closure was created.
package main

func main() {
	x := 1
	s := "a"
	f := func() (int, string) { return x, s }
	x = 2
	s += "b"
	a, b := f()
	println(a, b)
	p := &x
	*p = 50
	a, b = f()
	println(a, b)
}
