// Tests an array type whose length is not a constant, and a negative length.
package main

var n = 3

func main() {
	var a [n]int // ERROR "invalid array length n"
	var b [-1]int // ERROR "invalid array length -1 \(untyped int constant\)"
	println(len(a), len(b))
}
