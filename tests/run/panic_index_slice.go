// Tests an out-of-range slice index, and a negative index, at run time.
package main

func at(s []int, i int) int { return s[i] }

func main() {
	s := []int{1, 2, 3}
	println(at(s, 2))
	println(at(s, 5))
}
