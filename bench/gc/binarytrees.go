// binary-trees (the Computer Language Benchmarks Game), single-threaded:
// goesc has no goroutines, so both compilers run this same sequential
// program.  Trees are built node by node, no pools or free lists.  The
// depth is the constant below; bench/gc/run also builds a depth-10 copy
// whose output is checked against go1.19's.
package main

const depth = 21

type Node struct {
	left, right *Node
}

func bottomUp(d int) *Node {
	if d <= 0 {
		return &Node{}
	}
	return &Node{bottomUp(d - 1), bottomUp(d - 1)}
}

func (n *Node) check() int {
	if n.left == nil {
		return 1
	}
	return 1 + n.left.check() + n.right.check()
}

func main() {
	minDepth := 4
	maxDepth := depth
	if minDepth+2 > maxDepth {
		maxDepth = minDepth + 2
	}
	stretch := maxDepth + 1
	println("stretch tree of depth", stretch, "\t check:", bottomUp(stretch).check())

	longLived := bottomUp(maxDepth)

	for d := minDepth; d <= maxDepth; d += 2 {
		iters := 1 << uint(maxDepth-d+minDepth)
		chk := 0
		for i := 0; i < iters; i++ {
			chk += bottomUp(d).check()
		}
		println(iters, "\t trees of depth", d, "\t check:", chk)
	}
	println("long lived tree of depth", maxDepth, "\t check:", longLived.check())
}
