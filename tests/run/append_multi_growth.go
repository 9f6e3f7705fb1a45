// Appending many elements at once: new capacity when need exceeds double.
package main

func main() {
	s := []int{1, 2}
	s = append(s, 3, 4, 5, 6, 7)
	println(len(s), cap(s))
	t := make([]int, 0, 5)
	t = append(t, s...)
	println(len(t), cap(t))
	u := append([]int(nil), make([]int, 13)...)
	println(len(u), cap(u))
	b := append([]byte("hello"), " world, this is long"...)
	println(len(b), cap(b), string(b))
	big := make([]int, 300)
	big = append(big, 1)
	println(len(big), cap(big))
	big2 := make([]int, 1024)
	big2 = append(big2, 1)
	println(len(big2), cap(big2))
}
