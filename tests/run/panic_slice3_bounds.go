// 3-index slice with max beyond capacity panics.
package main

func main() {
	s := make([]int, 2, 5)
	k := 6
	println(len(s[0:1:5]))
	t := s[1:2:k]
	println(len(t))
}
