// All range forms: with and without key and value, blank identifiers, assignment to existing vars.
package main

type pt struct{ x int }

func main() {
	s := []string{"x", "y", "z"}
	for range s {
		print("*")
	}
	println()
	for i := range s {
		print(i)
	}
	println()
	for _, v := range s {
		print(v)
	}
	println()
	var i int
	var v string
	for i, v = range s {
	}
	println(i, v)
	arr := [3]pt{{1}, {2}, {3}}
	for _, p := range arr {
		p.x *= 10
	}
	println(arr[0].x)
	for k := range arr {
		arr[k].x *= 10
	}
	println(arr[0].x, arr[2].x)
	var ps [3]int
	var idx [3]int
	j := 0
	for idx[j], ps[j] = range []int{7, 8, 9} {
		if j < 2 {
			j++
		}
	}
	println(idx[0], idx[1], idx[2], ps[0], ps[1], ps[2])
	for i := range "ab" + "c" {
		print(i)
	}
	println()
}
