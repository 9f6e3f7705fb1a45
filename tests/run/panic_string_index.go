// Tests an out-of-range string index at run time.
package main

func main() {
	s := "abc"
	i := 3
	println(s[i-1])
	println(s[i])
}
