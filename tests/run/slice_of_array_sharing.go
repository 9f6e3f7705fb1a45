// Slices of an array share its storage until append exceeds capacity.
package main

func main() {
	arr := [6]int{0, 1, 2, 3, 4, 5}
	s1 := arr[1:4]
	s2 := arr[2:]
	s1[1] = 20
	println(arr[2], s2[0], len(s1), cap(s1), len(s2), cap(s2))
	s1 = append(s1, 40)
	println(arr[4], s2[2])
	s3 := arr[4:5:5]
	s3 = append(s3, 99)
	s3[0] = -4
	println(arr[4], arr[5], s3[0], s3[1], cap(s3))
	full := arr[:]
	full[0] = 1000
	println(arr[0])
}
