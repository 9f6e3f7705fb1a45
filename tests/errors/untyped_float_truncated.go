// Tests untyped float constants that are not integral assigned to integers.
package main

func main() {
	var i int = 1.5 // ERROR "cannot use 1.5 \(untyped float constant\) as int value in variable declaration \(truncated\)"
	j := 2
	j = 2.7 // ERROR "\(truncated\)"
	println(i, j)
}
