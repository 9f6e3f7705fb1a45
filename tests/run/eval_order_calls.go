// Function arguments, composite literal elements and operands are evaluated left to right.
package main

var seq []int

func t(n int) int {
	seq = append(seq, n)
	return n
}

type P struct{ a, b, c int }

func three(a, b, c int) int { return a*100 + b*10 + c }

func main() {
	println(three(t(1), t(2), t(3)))
	p := P{c: t(4), a: t(5), b: t(6)}
	println(p.a, p.b, p.c)
	s := []int{t(7), t(8)}
	println(t(9)+t(10)*t(11), len(s))
	arr := [...]int{2: t(12), 0: t(13)}
	println(len(arr), arr[0], arr[1], arr[2])
	for _, v := range seq {
		print(v, " ")
	}
	println()
}
