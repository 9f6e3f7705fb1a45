// A failed one-result assertion panics: interface {} is string, not int.
package main

func get(i int) interface{} {
	if i > 2 {
		return "three"
	}
	return i
}

func main() {
	sum := 0
	for i := 0; i < 5; i++ {
		v := get(i)
		println("got value", i)
		sum += v.(int)
		println("sum", sum)
	}
}
