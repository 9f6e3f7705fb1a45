// Tests duplicate cases in type switches, and duplicate nil cases.
package main

type MyInt int

func main() {
	var x interface{} = 1
	switch x.(type) {
	case int, string:
	case MyInt:
	case string: // ERROR "duplicate case string in type switch\n\t.*:9:12: previous case"
	}
	switch x.(type) {
	case nil:
	case bool, nil: // ERROR "duplicate case nil in type switch\n\t.*:14:7: previous case"
	}
}
