// A runtime panic inside a closure called from a loop.
package main

func main() {
	s := make([]int, 3)
	set := func(i, v int) { s[i] = v }
	for i := 0; i < 10; i++ {
		set(i, i*i)
		println(s[i])
	}
}
