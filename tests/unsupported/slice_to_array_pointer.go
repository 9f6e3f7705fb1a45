// Tests that converting a slice to an array pointer (valid since Go 1.17)
// is reported as unsupported rather than as an invalid conversion.
package main

type IP []byte

func main() {
	s := []int{1, 2, 3, 4}
	p := (*[4]int)(s) // ERROR "unsupported: conversion of a slice to an array pointer"
	ip := IP{10, 0, 0, 1}
	q := (*[4]byte)(ip) // ERROR "unsupported: conversion of a slice to an array pointer"
	println(p[3], q[0])
}
