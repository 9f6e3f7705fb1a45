// A closure that modifies a named result after the function returned: the caller's copy is unaffected.
package main

func mk() (r int, set func(int), get func() int) {
	r = 1
	set = func(v int) { r = v }
	get = func() int { return r }
	r = 2
	return
}

func mk2() (s []int, add func(int)) {
	add = func(v int) { s = append(s, v) }
	add(1)
	return
}

func main() {
	r, set, get := mk()
	set(99)
	println(r, get())
	r = 5
	println(get())
	s, add := mk2()
	add(2)
	add(3)
	println(len(s), s[0])
}
