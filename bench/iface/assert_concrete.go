// An assertion to a concrete type, x.(int), of values from an
// interface{} slice built at run time; 100,000,000 assertions.
package main

//go:noinline
func values(n int) []interface{} {
	s := make([]interface{}, n)
	for i := range s {
		s[i] = 1000 + i*7
	}
	return s
}

//go:noinline
func get(x interface{}) int {
	return x.(int)
}

func main() {
	s := values(16)
	total := 0
	for i := 0; i < 100000000; i++ {
		total += get(s[i&15]) ^ i
	}
	println(total)
}
