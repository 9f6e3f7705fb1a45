// Recursion passing pointers to locals of caller frames.
package main

type Tree struct {
	left, right *Tree
	v           int
}

func insert(t **Tree, v int) {
	if *t == nil {
		*t = &Tree{v: v}
		return
	}
	if v < (*t).v {
		insert(&(*t).left, v)
	} else {
		insert(&(*t).right, v)
	}
}

func walk(t *Tree, out *[]int) {
	if t == nil {
		return
	}
	walk(t.left, out)
	*out = append(*out, t.v)
	walk(t.right, out)
}

func count(n int, acc *int) {
	local := n
	if n > 0 {
		count(n-1, &local)
	}
	*acc += local
}

func main() {
	var root *Tree
	for _, v := range []int{50, 30, 70, 20, 40, 60, 80, 35} {
		insert(&root, v)
	}
	var out []int
	walk(root, &out)
	for _, v := range out {
		print(v, " ")
	}
	println()
	total := 0
	count(10, &total)
	println(total)
}
