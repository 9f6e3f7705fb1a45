// A closure capturing a large array (over 64 KiB) by reference; the array is modified after capture.
package main

func make2() (func(int) int, func(int, int)) {
	var big [20000]int
	get := func(i int) int { return big[i] }
	set := func(i, v int) { big[i] = v }
	for i := range big {
		big[i] = i
	}
	return get, set
}

func main() {
	get, set := make2()
	get2, _ := make2()
	set(19999, -1)
	println(get(19999), get2(19999), get(12345))
}
