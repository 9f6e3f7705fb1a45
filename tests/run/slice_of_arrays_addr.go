// Taking addresses of arrays inside slices and of elements of those arrays.
package main

func main() {
	rows := make([][3]int, 2)
	r0 := &rows[0]
	e := &rows[1][2]
	r0[1] = 5
	*e = 9
	println(rows[0][1], rows[1][2])
	rows = append(rows, [3]int{7, 8, 9})
	r0[0] = 100
	println(rows[0][0], r0[0], rows[2][1])
	row := rows[2]
	row[0] = -1
	println(rows[2][0])
}
