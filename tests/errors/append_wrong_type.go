// Tests append with elements of the wrong type and a first argument that is not a slice.
package main

func main() {
	s := []int{1}
	s = append(s, "x") // ERROR "cannot use .x. \(untyped string constant\) as int value in argument to append"
	x := 1
	x = append(x, 2) // ERROR "first argument to append must be a slice; have x \(variable of type int\)"
	println(s[0], x)
}
