// Tests make with a negative length at run time: "makeslice: len out of range".
package main

func main() {
	n := 2
	s := make([]int, n)
	println(len(s))
	n = -1
	s = make([]int, n)
	println(len(s))
}
