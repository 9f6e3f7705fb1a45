// A package-level variable larger than gc's symbol limit is rejected (goesc used to run out of memory).
package main

var g [1 << 40]byte // ERROR "main.g: symbol too large \(1099511627776 bytes > 2000000000 bytes\)"

func main() {
	g[7] = 1
	println(g[7])
}
