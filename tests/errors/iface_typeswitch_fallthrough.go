// Tests fallthrough in a type switch, which Go does not allow.
package main

func main() {
	var x interface{} = 1
	switch x.(type) {
	case int:
		println("int")
		fallthrough // ERROR "cannot fallthrough in type switch"
	case string:
		println("string")
	}
}
