// A negative index panics showing the negative value.
package main

func main() {
	s := []int{1, 2, 3}
	i := -1
	println(s[0])
	println(s[i])
}
