// Tests methods declared on an interface type and on a pointer to one.
package main

type I interface{ M() }

func (i I) N() {} // ERROR "invalid receiver type I \(pointer or interface type\)"

func (p *I) K() {} // ERROR "invalid receiver type I \(pointer or interface type\)"

func main() {}
