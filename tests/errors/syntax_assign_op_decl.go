// Tests := with a non-name on its left side.
package main

func main() {
	var a [2]int
	a[0] := 1 // ERROR "non-name a\[0\] on left side of :="
	println(a[0])
}
