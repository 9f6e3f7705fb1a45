// Named results: bare return after modifications, shadowing, return with values overriding.
package main

func f(n int) (x, y int) {
	x = n
	y = n * 2
	x++
	if n > 5 {
		return
	}
	x, y = y, x
	return
}

func g() (r int) {
	r = 1
	for i := 0; i < 5; i++ {
		r *= 2
	}
	return r + 1
}

func h() (s string, ok bool) {
	s = "set"
	return "explicit", true
}

func ptr() (n int, p *int) {
	p = &n
	*p = 42
	return
}

func main() {
	println(f(3))
	println(f(10))
	println(g())
	println(h())
	a, b := ptr()
	println(a, *b)
}
