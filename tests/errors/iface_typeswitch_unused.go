// Tests a type switch binding used in no clause.
package main

func main() {
	var x interface{} = 1
	switch v := x.(type) { // ERROR "v declared but not used"
	case int:
		println("int")
	case string:
		println("string")
	}
	switch w := x.(type) {
	case int:
		_ = w
	}
}
