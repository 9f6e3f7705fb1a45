// A built-in function used where a type is expected (found by a token mutation: it reached codegen).
package main

func main() {
	var g print = 1 // ERROR "print .built-in. is not a type"
	var h []len     // ERROR "len .built-in. is not a type"
	var k *new      // ERROR "new .built-in. is not a type"
	_, _, _ = g, h, k
}
