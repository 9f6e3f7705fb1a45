// Converting between interface types: implicit to a smaller interface,
// explicit I(x), to and from interface{}, interfaces as arguments and
// results, and conversions of untyped constants.
package main

type Small interface{ A() int }
type Large interface {
	A() int
	B() int
}

type T struct{ v int }

func (t T) A() int { return t.v }
func (t T) B() int { return t.v * 2 }

func toSmall(l Large) Small   { return l }
func toAny(s Small) interface{} { return s }
func back(x interface{}) Large { return x.(Large) }

func ident(x interface{}) interface{} { return x }

func main() {
	var l Large = T{3}
	s := toSmall(l)
	println(s.A())
	a := toAny(s)
	println(back(a).B())
	s2 := Small(l)
	println(s2 == s, Small(T{3}) == s)
	var e interface{} = Large(T{4})
	println(e.(Small).A())

	// untyped constants take their default type
	println(ident(1).(int), ident(2.5).(float64), ident("c").(string), ident('r').(rune), ident(true).(bool))
	_, ok := ident(1).(int64)
	println(ok)
	var i8 int8 = 3
	println(ident(i8).(int8))
	const big = 1 << 40
	println(ident(big).(int))
	// interface{} of interface{}: no double boxing
	x := ident(ident(ident(7)))
	println(x.(int))
	var sm Small = T{9}
	y := ident(sm)
	_, isSmall := y.(Small)
	t, isT := y.(T)
	println(isSmall, isT, t.v)
	// nil interface converts to nil interface
	var nl Large
	var ns Small = nl
	println(ns == nil, ident(nl) == nil)
}
