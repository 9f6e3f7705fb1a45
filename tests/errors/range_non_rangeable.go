// Tests range over a value that cannot be ranged over and too many iteration variables.
package main

func main() {
	x := 5
	for i := range x { // ERROR "cannot range over x \(variable of type int\)"
		println(i)
	}
	for a, b, c := range "s" { // ERROR "range clause permits at most two iteration variables"
		println(a, b)
	}
}
