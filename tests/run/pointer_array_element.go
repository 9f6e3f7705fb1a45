// Pointers to array elements, and arrays copied by assignment do not alias.
package main

func main() {
	a := [5]int{1, 2, 3, 4, 5}
	p := &a[2]
	*p = 30
	b := a
	*p = 300
	println(a[2], b[2])
	pa := &a
	pa[0] = -1
	q := &pa[4]
	*q = 44
	println(a[0], a[4], b[0], b[4])
	var grid [3][3]int
	row := &grid[1]
	row[2] = 7
	cell := &grid[1][2]
	*cell++
	println(grid[1][2])
}
