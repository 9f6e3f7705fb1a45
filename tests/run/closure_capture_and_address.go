// A variable both captured by a closure and address-taken: all three access paths see one variable.
package main

func main() {
	x := 1
	p := &x
	f := func() int { x *= 2; return x }
	*p += 1
	println(f(), x, *p)
	pp := &p
	g := func() { **pp = 100 }
	g()
	println(x, f())
	arr := [3]int{1, 2, 3}
	pe := &arr[1]
	h := func() int { arr[1]++; return arr[1] }
	*pe = 10
	println(h(), *pe)
}
