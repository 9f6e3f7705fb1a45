// Tests a method declared twice in an interface, directly and with
// conflicting signatures through embedding.
package main

type A interface {
	M()
	M() // ERROR "duplicate method M\n\t.*:6:2: other declaration of M"
}

type B interface{ N() int }
type C interface{ N() string }

type D interface {
	B
	C // ERROR "duplicate method N\n\t.*:14:2: other declaration of N"
}

func main() {}
