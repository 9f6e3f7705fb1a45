// Local arrays and structs bigger than 64 KiB, copied and passed by value.
package main

type Big struct {
	data [10000]int
	tag  int
}

func sum(b Big) int {
	t := b.tag
	for _, v := range b.data {
		t += v
	}
	return t
}

func fill(b *Big, k int) {
	for i := range b.data {
		b.data[i] = i % k
	}
}

func main() {
	var b Big
	fill(&b, 7)
	b.tag = 1
	c := b
	c.data[0] = 1000
	println(sum(b), sum(c))
	var arr [20000]int32
	for i := range arr {
		arr[i] = int32(i)
	}
	arr2 := arr
	arr2[19999] = 0
	println(arr[19999], arr2[19999], len(arr2))
}
