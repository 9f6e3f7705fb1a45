// Tests selecting a field or method that does not exist.
package main

type T struct{ a int }

func main() {
	t := T{}
	println(t.z) // ERROR "t.z undefined \(type T has no field or method z\)"
	t.run() // ERROR "t.run undefined \(type T has no field or method run\)"
}
