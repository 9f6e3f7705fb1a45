// Tests a statement at package level.
package main

x := 1 // ERROR "non-declaration statement outside function body"

func main() {}
