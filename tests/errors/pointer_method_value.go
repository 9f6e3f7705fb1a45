// Tests calling a pointer method on a non-addressable value.
package main

type T struct{ n int }

func (t *T) Inc() { t.n++ }

func get() T { return T{} }

func main() {
	get().Inc() // ERROR "cannot call pointer method Inc on T"
	T{}.Inc() // ERROR "cannot call pointer method Inc on T"
}
