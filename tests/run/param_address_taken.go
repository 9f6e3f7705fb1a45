// Taking the address of parameters: modifications stay local to the call.
package main

func inc(n int) *int {
	p := &n
	*p++
	return p
}

func modArr(a [3]int) (*[3]int, int) {
	p := &a
	p[0] = 100
	return p, a[0]
}

func main() {
	x := 1
	p := inc(x)
	q := inc(x)
	println(x, *p, *q, p != q)
	arr := [3]int{1, 2, 3}
	pa, v := modArr(arr)
	println(arr[0], pa[0], v)
}
