// A 1 TiB local array of pointers compiles (no type-sized pointer bitmap) and fails at run time as in go1.19.
package main

func main() {
	println("start")
	var a [1 << 40]*int
	x := 3
	a[5] = &x
	println(*a[5])
}
