// Tests comparisons mixing interfaces with uncomparable or
// non-implementing types.
package main

type I interface{ M() }

type S struct{}

func (S) M() {}

type N struct{}

func main() {
	var e interface{} = 1
	var i I = S{}
	f := func() {}
	sl := []int{1}
	_ = e == f // ERROR "invalid operation: e == f \(func can only be compared to nil\)"
	_ = e == sl // ERROR "invalid operation: e == sl \(slice can only be compared to nil\)"
	_ = i == N{} // ERROR "invalid operation: i == N\{\} \(mismatched types I and N\)"
	_ = i == 3 // ERROR "cannot convert 3 \(untyped int constant\) to interface\{M\(\)\}"
	_ = i == e // fine
	_ = e < e // ERROR "invalid operation: e < e \(operator < not defined on interface\)"
}
