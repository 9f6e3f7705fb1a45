// Tests 2- and 3-index slicing of slices and arrays: len, cap, sharing and append after a cap limit.
package main

func main() {
	arr := [8]int{0, 1, 2, 3, 4, 5, 6, 7}
	s := arr[2:5]
	println(len(s), cap(s), s[0])
	t := arr[2:5:6]
	println(len(t), cap(t))
	t = append(t, 100)
	println(arr[5], len(t), cap(t))
	t = append(t, 200)
	println(arr[6], t[4], cap(t) >= 5)
	u := s[1:4]
	println(len(u), cap(u), u[2])
	v := s[:0]
	println(len(v), cap(v))
	w := arr[:]
	w[0] = 42
	println(arr[0], len(w), cap(w))
	x := s[1:2:3]
	println(len(x), cap(x), x[0])
	p := &arr
	y := p[6:]
	println(len(y), y[1])
	z := w[3:3:3]
	println(len(z), cap(z))
}
