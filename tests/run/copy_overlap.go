// copy with overlapping source and destination behaves like memmove.
package main

func show(s []int) {
	for _, v := range s {
		print(v, " ")
	}
	println()
}

func main() {
	s := []int{0, 1, 2, 3, 4, 5, 6, 7}
	n := copy(s[2:], s)
	println(n)
	show(s)
	s = []int{0, 1, 2, 3, 4, 5, 6, 7}
	n = copy(s, s[3:])
	println(n)
	show(s)
	b := []byte("abcdefg")
	n = copy(b[1:], "XYZ")
	println(n, string(b))
	n = copy(b, b)
	println(n, string(b))
	var empty []int
	println(copy(empty, s), copy(s, empty))
	arr := [5]int{1, 2, 3, 4, 5}
	copy(arr[1:], arr[:])
	println(arr[0], arr[1], arr[2], arr[3], arr[4])
}
