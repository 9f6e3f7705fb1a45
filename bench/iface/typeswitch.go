// A type switch over 8 types (int, string, float64, bool, int32, uint8,
// *Node, Pair), the value taken from an interface{} slice built at run
// time; 100,000,000 switches.
package main

type Node struct{ v int }

type Pair struct{ a, b int }

//go:noinline
func values(n int) []interface{} {
	s := make([]interface{}, 0, 8*n)
	for i := 0; i < n; i++ {
		s = append(s, 300+i, "abc", float64(i)+0.5, i%2 == 0,
			int32(i+7), uint8(i+9), &Node{i + 11}, Pair{i, i + 13})
	}
	return s
}

//go:noinline
func classify(x interface{}, k int) int {
	switch v := x.(type) {
	case int:
		return v + k
	case string:
		return len(v) + k
	case float64:
		return int(v) ^ k
	case bool:
		if v {
			return k + 1
		}
		return k - 1
	case int32:
		return int(v) * k
	case uint8:
		return int(v) - k
	case *Node:
		return v.v | k
	case Pair:
		return v.a + v.b + k
	}
	return 0
}

func main() {
	s := values(2)
	total := 0
	for i := 0; i < 100000000; i++ {
		total += classify(s[i&15], i)
	}
	println(total)
}
