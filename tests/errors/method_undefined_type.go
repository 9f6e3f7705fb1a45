// Tests a method whose receiver type is not declared.
package main

func (u Unknown) m() {} // ERROR "undefined: Unknown"

func main() {}
