// Tests the messages for array lengths that are negative, too large for
// int, or not integers.
package main

const Large uint64 = 18446744073709551615

var a [1 << 65]int // ERROR "array length 1 << 65 \(untyped int constant 36893488147419103232\) must be integer"
var b [Large]byte  // ERROR "array length Large \(constant 18446744073709551615 of type uint64\) must be integer"
var c [-1]int      // ERROR "invalid array length -1 \(untyped int constant\)"
var d [1.5]int     // ERROR "array length 1.5 \(untyped float constant\) must be integer"
var e [2.0]int

func main() { println(len(a), len(b), len(c), len(d), len(e)) }
