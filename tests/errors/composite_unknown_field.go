// Tests struct literals naming a field that does not exist.
package main

type T struct{ a, b int }

func main() {
	t := T{a: 1, z: 2} // ERROR "unknown field .z. in struct literal of type T"
	println(t.a)
}
