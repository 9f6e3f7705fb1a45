// Comparing interfaces whose dynamic type is a slice panics at run time:
// runtime error: comparing uncomparable type []int.
package main

func main() {
	var a interface{} = []int{1}
	var b interface{} = "x"
	println(a == b) // different dynamic types: false, no panic
	var c interface{} = 3
	println(a != c)
	var n interface{}
	println(a == n)
	d := a
	println("comparing slices in interfaces")
	println(a == d)
}
