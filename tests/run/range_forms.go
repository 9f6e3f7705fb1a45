// Tests range over slices, arrays and pointers to arrays, with and without key/value variables.
package main

func main() {
	s := []int{10, 20, 30}
	for i, v := range s {
		println(i, v)
	}
	for i := range s {
		s[i] *= 2
	}
	println(s[0], s[1], s[2])
	arr := [3]string{"a", "b", "c"}
	for i, v := range arr {
		arr[2] = "changed"
		println(i, v)
	}
	pa := &arr
	for i, v := range pa {
		pa[2] = "again"
		println(i, v)
	}
	n := 0
	for range s {
		n++
	}
	println(n)
	var i, v int
	for i, v = range s {
	}
	println(i, v)
	for _, x := range s {
		s = append(s, x)
	}
	println(len(s))
	var nilp *[4]int
	for i := range nilp {
		print(i)
	}
	println()
}
