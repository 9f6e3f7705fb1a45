// Tests a function and a package variable declared twice.
package main

func f() {}

func f() {} // ERROR "f redeclared in this block"

var v = 1
var v = 2 // ERROR "v redeclared in this block"

func main() {}
