// Tests copy: counts, overlapping ranges in both directions, copying from a string.
package main

func show(s []int) {
	for _, v := range s {
		print(v, " ")
	}
	println()
}

func main() {
	a := []int{1, 2, 3, 4, 5}
	b := make([]int, 3)
	n := copy(b, a)
	println(n)
	show(b)
	n = copy(a[1:], a)
	println(n)
	show(a)
	c := []int{1, 2, 3, 4, 5}
	n = copy(c, c[2:])
	println(n)
	show(c)
	bs := make([]byte, 3)
	n = copy(bs, "hello")
	println(n, string(bs))
	println(copy(b, []int{}), copy([]int{}, a))
}
