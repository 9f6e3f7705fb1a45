// Returning large structs by value and storing them in slices.
package main

type M struct {
	cells [64][64]int
	n     int
}

func build(k int) M {
	var m M
	for i := 0; i < 64; i++ {
		m.cells[i][i] = k
	}
	m.n = k
	return m
}

func trace(m M) int {
	t := 0
	for i := 0; i < 64; i++ {
		t += m.cells[i][i]
	}
	return t
}

func main() {
	var ms []M
	for k := 1; k <= 3; k++ {
		ms = append(ms, build(k))
	}
	ms[0].cells[0][0] = 1000
	for _, m := range ms {
		print(trace(m), " ", m.n, " ")
	}
	println()
}
