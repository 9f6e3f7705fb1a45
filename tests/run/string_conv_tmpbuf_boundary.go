// []byte and []rune of runtime strings around the 32-element tmpBuf boundary, and growth after.
package main

func main() {
	base := "0123456789abcdefghijklmnopqrstuvwxyz"
	for _, n := range []int{0, 1, 31, 32, 33, 36} {
		s := base[:n]
		b := []byte(s)
		r := []rune(s)
		println(n, len(b), cap(b), len(r), cap(r))
		b = append(b, 'x')
		r = append(r, 'x')
		println(cap(b), cap(r))
		c := s + "!"
		bb := []byte(c)
		println(len(bb), cap(bb))
	}
	var keep []string
	for i := 0; i < 3; i++ {
		bs := []byte(base[:30+i])
		keep = append(keep, string(bs))
	}
	println(keep[0][29:], keep[2][31:])
}
