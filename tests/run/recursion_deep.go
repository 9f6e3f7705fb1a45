// Deep recursion (100000 frames) and mutual recursion with aggregates in frames.
package main

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return depth(n-1) + 1
}

func sumArr(a [8]int, n int) int {
	if n == 0 {
		return a[0]
	}
	a[0]++
	return sumArr(a, n-1)
}

func ack(m, n int) int {
	if m == 0 {
		return n + 1
	}
	if n == 0 {
		return ack(m-1, 1)
	}
	return ack(m-1, ack(m, n-1))
}

func hanoi(n int, from, to, via int, moves *int) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, moves)
	*moves++
	hanoi(n-1, via, to, from, moves)
}

func main() {
	println(depth(100000))
	var a [8]int
	println(sumArr(a, 1000), a[0])
	println(ack(2, 3), ack(3, 3))
	m := 0
	hanoi(15, 1, 3, 2, &m)
	println(m)
}
