// goto and labels inside nested blocks and loops, with labeled continue on range over pointer-to-array.
package main

func find(grid *[3][3]int, target int) (int, int) {
	for i := range grid {
		for j := range grid[i] {
			if grid[i][j] == target {
				return i, j
			}
		}
	}
	return -1, -1
}

func main() {
	g := [3][3]int{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	println(find(&g, 6))
	println(find(&g, 10))
	sum := 0
outer:
	for i, row := range &g {
		for _, v := range row {
			if v%2 == 0 {
				continue outer
			}
			sum += v * (i + 1)
		}
	}
	println(sum)
	n := 0
	{
		{
		inner:
			n++
			if n < 5 {
				goto inner
			}
		}
	}
	println(n)
}
