// A pointer into a slice keeps its element alive after the slice variable is cleared.
package main

func mk() *int {
	s := make([]int, 1000)
	s[999] = 7
	p := &s[999]
	s = nil
	return p
}

func main() {
	p := mk()
	q := mk()
	*q = 8
	for i := 0; i < 100; i++ {
		_ = make([]int, 1000)
	}
	println(*p, *q)
	str := "hello world"
	sub := str[6:]
	str = ""
	println(sub, len(str))
}
