// Tests that maps, defer and goroutines are rejected with clear messages.
package main

func f() {}

func main() {
	m := map[string]int{"a": 1} // ERROR "unsupported: maps"
	defer f()                   // ERROR "unsupported: defer statements"
	go f()                      // ERROR "unsupported: goroutines"
	println(len(m))
}
