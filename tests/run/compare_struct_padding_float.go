// Struct and array equality: padding ignored, floats compared as floats (NaN, -0), strings by content.
package main

type P struct {
	a int8
	b int64
	c int16
	d int32
}

type F struct {
	x float64
	y float32
}

type SS struct {
	s string
	n int8
}

type B struct {
	_ int
	v int
	_ [3]byte
}

func mk(a int8, b int64) P {
	var junk [64]byte
	for i := range junk {
		junk[i] = 0xAB
	}
	_ = junk
	return P{a: a, b: b, c: 3, d: 4}
}

func main() {
	p1 := mk(1, 2)
	var p2 P
	p2.a, p2.b, p2.c, p2.d = 1, 2, 3, 4
	println(p1 == p2, p1 != p2)
	arr1 := [2]P{p1, p2}
	arr2 := [2]P{p2, p1}
	println(arr1 == arr2)
	zero := 0.0
	f1 := F{zero, 1}
	f2 := F{-zero, 1}
	println(f1 == f2)
	nan := zero / zero
	f3 := F{nan, 1}
	f4 := f3
	println(f3 == f4, f3 != f4)
	af := [2]float64{nan, 1}
	println(af == af)
	a := "hel"
	s1 := SS{a + "lo", 1}
	s2 := SS{"hello", 1}
	println(s1 == s2)
	s3 := SS{"hellp", 1}
	println(s1 == s3, s1.s < s3.s)
	var b1, b2 B
	b1.v, b2.v = 5, 5
	println(b1 == b2)
	var e1 [0]int
	var e2 [0]int
	println(e1 == e2, len(e1))
	type W struct {
		p  P
		f  F
		ok bool
	}
	w1 := W{p1, f1, true}
	w2 := W{p2, f2, true}
	println(w1 == w2)
	w2.ok = false
	println(w1 == w2)
	var f32a, f32b float32 = 0, 0
	f32b = -f32b
	println(f32a == f32b)
}
