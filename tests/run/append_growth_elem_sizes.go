// Append growth for zero-size, odd-size and large elements, and for multi-element appends.
package main

type E struct{}
type S7 [7]byte
type S40 [5]int64
type S1000 [1000]byte
type S5000 [5000]byte

func main() {
	var e []E
	var z [][0]int
	var a []S7
	var b []S40
	var c []S1000
	var d []S5000
	for i := 0; i < 20; i++ {
		e = append(e, E{})
		z = append(z, [0]int{})
		a = append(a, S7{})
		b = append(b, S40{})
		c = append(c, S1000{})
		d = append(d, S5000{})
		println(len(e), cap(e), cap(z), cap(a), cap(b), cap(c), cap(d))
	}
	x := make([]int, 0)
	x = append(x, 1, 2, 3, 4, 5)
	println(cap(x))
	y := []byte("hello")
	y = append(y, " world"...)
	println(cap(y))
	w := make([]int, 5, 5)[1:3:3]
	w = append(w, 1)
	println(len(w), cap(w))
	v := append([]int64(nil), make([]int64, 257)...)
	println(cap(v))
	u := make([]int32, 600)
	u = append(u, 1)
	println(cap(u))
	big := make([]byte, 100000)
	big = append(big, 1)
	println(cap(big))
	str := append([]string{}, "a", "b", "c")
	println(cap(str))
	r := append([]rune(nil), []rune("héllo wörld, this is longer")...)
	println(len(r), cap(r))
	bb := append([]byte(nil), "x"...)
	println(cap(bb))
	var s16 []struct{ a, b int64 }
	last := -1
	for i := 0; i < 5000; i++ {
		s16 = append(s16, struct{ a, b int64 }{})
		if cap(s16) != last {
			print(cap(s16), " ")
			last = cap(s16)
		}
	}
	println()
}
