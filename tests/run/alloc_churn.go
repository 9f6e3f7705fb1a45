// Tests many short-lived heap allocations (pointers, slices, strings) with a small live set.
package main

type Node struct {
	val  int
	next *Node
	buf  []byte
}

func main() {
	var keep [16]*Node
	sum := 0
	for i := 0; i < 300000; i++ {
		n := &Node{val: i, buf: make([]byte, i%64)}
		if i%1000 == 0 {
			n.next = keep[(i/1000)%16]
			keep[(i/1000)%16] = n
		}
		sum += n.val % 7 + len(n.buf)
	}
	total := 0
	for _, k := range keep {
		for p := k; p != nil; p = p.next {
			total += p.val
		}
	}
	s := ""
	for i := 0; i < 2000; i++ {
		if len(s) > 100 {
			s = s[50:]
		}
		s += string(rune('a' + i%26))
	}
	println(sum, total, len(s), s[len(s)-3:])
}
