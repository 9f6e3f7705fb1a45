// Method values on elements and pointers, shifts of converted bytes, rune and byte conversions.
package main

type T struct{ a, b int }

func (t T) M() int { return t.a*10 + t.b }

func main() {
	ts := []T{{1, 2}, {3, 4}}
	f := ts[0].M
	ts[0].a = 9
	println(f())
	arr := [2]T{{1, 2}, {3, 4}}
	g := arr[1].M
	arr[1] = T{}
	println(g())
	pt := &T{5, 6}
	h := pt.M
	pt.a = 0
	println(h())
	var x uint8 = 255
	var y int = int(x) << 56
	println(y)
	var f64 float64 = -0.0
	println(f64)
	z := 0.0
	println(-z)
	s := "abc"
	bs := []byte(s)
	s2 := string(bs[:2])
	bs[0] = 'X'
	println(s2)
	var r rune = 0x10FFFF
	println(string(r), len(string(r)))
	println(string(rune(0x110000)))
	var i64 int64 = -1
	println(uint32(i64), uint64(i64)>>60)
	println(7.0/2, 7/2, 7/2.0)
	var u uint = 3
	println(-7>>u, -7/8)
	println(len("héllo"), len([]rune("héllo")))
	for i, c := range []rune("hé") { println(i, c) }
	for i, b := range []byte("hé") { println(i, b) }
}
