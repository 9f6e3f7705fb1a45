// Tests struct{} values: zero size, comparison, use in arrays and slices.
package main

type Empty struct{}

func (Empty) Name() string { return "empty" }

func main() {
	var e Empty
	f := Empty{}
	println(e == f, e.Name())
	var arr [10]struct{}
	println(len(arr))
	s := make([]struct{}, 5)
	s = append(s, struct{}{})
	println(len(s))
	x := struct{}{}
	println(x == struct{}{})
}
