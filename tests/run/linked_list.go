// Tests pointer-linked data structures: building, traversing and reversing a linked list.
package main

type Node struct {
	Val  int
	Next *Node
}

func push(head *Node, v int) *Node { return &Node{v, head} }

func reverse(h *Node) *Node {
	var prev *Node
	for h != nil {
		next := h.Next
		h.Next = prev
		prev = h
		h = next
	}
	return prev
}

func show(h *Node) {
	for n := h; n != nil; n = n.Next {
		print(n.Val, " ")
	}
	println()
}

func main() {
	var h *Node
	for i := 0; i < 5; i++ {
		h = push(h, i)
	}
	show(h)
	h = reverse(h)
	show(h)
	count := 0
	for n := h; n != nil; n = n.Next {
		count++
	}
	println(count)
}
