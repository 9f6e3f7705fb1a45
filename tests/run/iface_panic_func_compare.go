// Funcs are not comparable: comparing two interfaces holding funcs of
// the same type panics with comparing uncomparable type func() int.
package main

func one() int { return 1 }

func main() {
	var f interface{} = one
	var g interface{} = func() int { return 2 }
	println(f != nil, f.(func() int)()+g.(func() int)())
	var h interface{} = 5
	println(f == h) // different dynamic types: no panic
	println(f == g)
}
