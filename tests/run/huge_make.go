// make([]byte, 1<<40) fails at run time with go1.19's out-of-memory error.
package main

func main() {
	println("start")
	s := make([]byte, 1<<40)
	s[7] = 1
	println(s[7])
}
