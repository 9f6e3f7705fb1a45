// Tests slices of slices: building a matrix, multiplying and printing it.
package main

func newMatrix(r, c int) [][]int {
	m := make([][]int, r)
	for i := range m {
		m[i] = make([]int, c)
	}
	return m
}

func mul(a, b [][]int) [][]int {
	n, k, m := len(a), len(b), len(b[0])
	c := newMatrix(n, m)
	for i := 0; i < n; i++ {
		for j := 0; j < m; j++ {
			for x := 0; x < k; x++ {
				c[i][j] += a[i][x] * b[x][j]
			}
		}
	}
	return c
}

func main() {
	a := [][]int{{1, 2}, {3, 4}, {5, 6}}
	b := [][]int{{7, 8, 9}, {10, 11, 12}}
	c := mul(a, b)
	for _, row := range c {
		for _, v := range row {
			print(v, " ")
		}
		println()
	}
}
