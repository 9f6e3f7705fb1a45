// Closures capturing structs and arrays by reference (not copies).
package main

type S struct {
	a   int
	arr [3]int
}

func main() {
	s := S{a: 1}
	arr := [4]int{1, 2, 3, 4}
	inc := func() {
		s.a++
		s.arr[1] += 10
		arr[3] *= 2
	}
	inc()
	inc()
	println(s.a, s.arr[1], arr[3])
	copyS := s
	inc()
	println(copyS.a, s.a, copyS.arr[1], s.arr[1])
	get := func() [4]int { return arr }
	a2 := get()
	a2[0] = 100
	println(arr[0], a2[0])
}
