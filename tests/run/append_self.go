// Appending a slice to itself and appending to a sub-slice.
package main

func main() {
	s := []int{1, 2, 3}
	s = append(s, s...)
	println(len(s), cap(s))
	for _, v := range s {
		print(v, " ")
	}
	println()
	t := make([]int, 2, 8)
	t[0], t[1] = 5, 6
	t = append(t, t...)
	t = append(t, t[1:3]...)
	for _, v := range t {
		print(v, " ")
	}
	println(len(t), cap(t))
	str := []byte("ab")
	str = append(str, str...)
	str = append(str, "cd"...)
	println(string(str))
}
