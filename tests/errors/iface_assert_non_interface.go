// Tests type assertions and type switches on values that are not
// interfaces.
package main

type T struct{}

func main() {
	x := 5
	_ = x.(int) // ERROR "invalid operation: x \(variable of type int\) is not an interface"
	var t T
	_, ok := t.(T) // ERROR "invalid operation: t \(variable of type T\) is not an interface"
	_ = ok
	switch v := x.(type) { // ERROR "x \(variable of type int\) is not an interface"
	case int:
		_ = v
	}
}
