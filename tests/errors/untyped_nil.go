// Tests uses of untyped nil where no type can be inferred.
package main

func main() {
	x := nil // ERROR "use of untyped nil in assignment"
	var i int = nil // ERROR "cannot use nil as int value in variable declaration"
	_ = x
	println(i)
}
