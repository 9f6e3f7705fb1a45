// Functions with many parameters and results of mixed types (register pressure, ABI).
package main

type Pair struct {
	a int64
	b float64
}

type Tri struct {
	a, b, c int
}

func many(a int, b float64, c int8, d string, e uint32, f float32, g bool, h int, i int, j float64, k int16, l int) (int, float64, string, bool, Pair, Tri) {
	s := a + int(c) + int(e) + h + i + int(k) + l
	fsum := b + float64(f) + j
	return s, fsum, d + "!", !g, Pair{int64(s), fsum}, Tri{a, h, l}
}

func mix(p Pair, t Tri, x float32, q Pair) (Tri, Pair, float32) {
	return Tri{t.c, t.b, t.a}, Pair{p.a + q.a, p.b * q.b}, x * 2
}

func main() {
	s, f, str, b, p, t := many(1, 2.5, -3, "hi", 4000000000, 1.25, false, 6, 7, 8.5, -9, 10)
	println(s, f, str, b, p.a, p.b, t.a, t.b, t.c)
	t2, p2, x := mix(p, t, 1.5, Pair{1, 2})
	println(t2.a, t2.b, t2.c, p2.a, p2.b, x)
}
