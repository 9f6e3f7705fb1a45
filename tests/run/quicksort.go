// Tests recursion over subslices: an in-place quicksort of a pseudo-random slice.
package main

func qsort(a []int) {
	if len(a) < 2 {
		return
	}
	p := a[len(a)/2]
	i, j := 0, len(a)-1
	for i <= j {
		for a[i] < p {
			i++
		}
		for a[j] > p {
			j--
		}
		if i <= j {
			a[i], a[j] = a[j], a[i]
			i++
			j--
		}
	}
	qsort(a[:j+1])
	qsort(a[i:])
}

func main() {
	var seed uint32 = 12345
	a := make([]int, 1000)
	for i := range a {
		seed = seed*1103515245 + 12345
		a[i] = int(seed>>16) % 1000
	}
	qsort(a)
	ok := true
	for i := 1; i < len(a); i++ {
		if a[i-1] > a[i] {
			ok = false
		}
	}
	println(ok, a[0], a[500], a[999])
}
