// Slices of slices: 2D grids with shared and separate rows.
package main

func main() {
	n := 4
	grid := make([][]int, n)
	back := make([]int, n*n)
	for i := range grid {
		grid[i] = back[i*n : (i+1)*n]
	}
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			grid[i][j] = i*10 + j
		}
	}
	println(back[5], back[15], grid[3][3])
	grid[1] = append(grid[1], 999)
	println(grid[2][0], back[8])
	tri := [][]int{}
	for i := 0; i < 5; i++ {
		row := make([]int, i+1)
		row[0], row[i] = 1, 1
		for j := 1; j < i; j++ {
			row[j] = tri[i-1][j-1] + tri[i-1][j]
		}
		tri = append(tri, row)
	}
	for _, r := range tri {
		for _, v := range r {
			print(v, " ")
		}
		println()
	}
}
