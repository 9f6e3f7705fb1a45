// Tests interfaces that embed themselves, directly or through another.
package main

type A interface { // ERROR "invalid recursive type A\n\t.*:4:6: A refers to\n\t.*:4:6: A$"
	A
}

type B interface { // ERROR "invalid recursive type B\n\t.*:8:6: B refers to\n\t.*:13:6: C refers to\n\t.*:8:6: B$"
	M()
	C
}

type C interface {
	B
}

func main() {}
