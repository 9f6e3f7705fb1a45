// Tests append: growth of capacity (go1.19's growth rule), appending several values and slices.
package main

func main() {
	var s []int
	last := -1
	for i := 0; i < 2000; i++ {
		s = append(s, i)
		if cap(s) != last {
			println(len(s), cap(s))
			last = cap(s)
		}
	}
	var b []byte
	lastb := -1
	for i := 0; i < 3000; i++ {
		b = append(b, byte(i))
		if cap(b) != lastb {
			println("bytes", len(b), cap(b))
			lastb = cap(b)
		}
	}
	t := append([]int{1, 2}, 3, 4, 5)
	println(len(t), cap(t), t[4])
	u := append(t, t...)
	println(len(u), cap(u), u[9])
	var strs []string
	strs = append(strs, "a", "b", "c")
	println(len(strs), cap(strs))
	type big struct{ a, b, c, d, e int }
	var bs []big
	for i := 0; i < 10; i++ {
		bs = append(bs, big{a: i})
		println("big", len(bs), cap(bs))
	}
	bs2 := append([]byte("hello"), " world"...)
	println(string(bs2), len(bs2))
}
