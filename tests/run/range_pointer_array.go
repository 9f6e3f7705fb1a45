// Range over a pointer to an array: values read live from the array; len of nil pointer-array range.
package main

func main() {
	a := [4]int{1, 2, 3, 4}
	p := &a
	for i, v := range p {
		if i == 0 {
			a[2] = 30
		}
		print(v, " ")
	}
	println()
	for i, v := range a {
		if i == 0 {
			a[3] = 40
		}
		print(v, " ")
	}
	println()
	var np *[3]int
	n := 0
	for i := range np {
		n += i
	}
	println(n)
	for range p {
		n++
	}
	println(n)
}
