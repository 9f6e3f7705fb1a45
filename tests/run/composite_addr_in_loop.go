// &T{...} and &[...]{} in a loop allocate a fresh object each iteration.
package main

type T struct{ n int }

func main() {
	var ts []*T
	var as []*[2]int
	for i := 0; i < 3; i++ {
		ts = append(ts, &T{i})
		as = append(as, &[2]int{i, -i})
	}
	ts[0].n = 100
	for i := range ts {
		print(ts[i].n, " ", as[i][1], " ")
	}
	println(ts[0] != ts[1], as[1] != as[2])
	var ss [][]int
	for i := 0; i < 3; i++ {
		ss = append(ss, []int{i, i})
	}
	ss[0][0] = 9
	println(ss[0][0], ss[1][0], ss[2][1])
}
