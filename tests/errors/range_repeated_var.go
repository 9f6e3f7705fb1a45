// Tests a range clause that declares one name twice: one error, and no
// follow-on "declared but not used".
package main

func main() {
	for a, a := range []int{1, 2, 3} { // ERROR "a redeclared in this block"
		println(a)
	}
}
