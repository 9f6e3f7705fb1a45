// An array of pointers to per-iteration variables and to elements of another array.
package main

type Cell struct{ v int }

func main() {
	var ptrs [4]*Cell
	for i := range ptrs {
		c := Cell{i * i}
		ptrs[i] = &c
	}
	var backing [4]Cell
	var eptrs [4]*Cell
	for i := range backing {
		eptrs[i] = &backing[i]
	}
	for i := range ptrs {
		eptrs[i].v = ptrs[i].v + 1
	}
	println(backing[0].v, backing[3].v, ptrs[3].v)
	copyPtrs := ptrs
	copyPtrs[0].v = 42
	println(ptrs[0].v)
}
