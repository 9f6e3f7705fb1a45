// Tests deep binary trees: a long-lived one and many short-lived ones
// built while it lives, checked node by node afterwards.
package main

type Tree struct {
	left, right *Tree
	depth       int
}

func make_(d int) *Tree {
	if d == 0 {
		return &Tree{}
	}
	return &Tree{make_(d - 1), make_(d - 1), d}
}

func (t *Tree) check() int {
	if t.left == nil {
		return 1
	}
	if t.left.depth != t.depth-1 || t.right.depth != t.depth-1 {
		println("bad depth")
	}
	return 1 + t.left.check() + t.right.check()
}

// A degenerate tree: a path 100000 nodes deep (marking must not recurse).
func path(n int) *Tree {
	var t *Tree
	for i := 0; i < n; i++ {
		t = &Tree{left: t, depth: i}
	}
	return t
}

func pathLen(t *Tree) int {
	n := 0
	for ; t != nil; t = t.left {
		n++
	}
	return n
}

func main() {
	long := make_(16)
	deep := path(100000)
	total := 0
	for i := 0; i < 64; i++ {
		total += make_(12).check()
	}
	println(total, long.check(), pathLen(deep))
}
