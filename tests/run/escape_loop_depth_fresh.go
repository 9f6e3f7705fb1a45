// Allocations in loops stored outside the loop (loop-depth escape): each iteration gets fresh memory.
package main

type T struct{ v int }

func main() {
	var prev *int
	for i := 0; i < 3; i++ {
		x := new(int)
		*x = i
		if prev != nil {
			print(*prev, " ")
		}
		prev = x
	}
	println()
	var pt *T
	for i := 0; i < 3; i++ {
		t := &T{i}
		if pt != nil {
			print(pt.v, " ")
		}
		pt = t
	}
	println()
	var keep []byte
	s := "abc"
	for i := 0; i < 3; i++ {
		b := []byte(s)
		b[0] = byte('0' + i)
		if i == 0 {
			keep = b
		}
	}
	println(string(keep))
	var prevs string
	bs := []byte("xyz")
	for i := 0; i < 3; i++ {
		bs[0] = byte('0' + i)
		cur := string(bs)
		if i > 0 {
			print(prevs, " ")
		}
		prevs = cur
	}
	println()
	var cat string
	a := "q"
	for i := 0; i < 3; i++ {
		a2 := a + string(rune('0'+i))
		if i == 1 {
			cat = a2
		}
	}
	println(cat)
	var sl []int
	for i := 0; i < 3; i++ {
		m := make([]int, 3)
		m[0] = i
		if i == 0 {
			sl = m
		}
	}
	println(sl[0])
	var arrp *[4]int
	for i := 0; i < 3; i++ {
		var arr [4]int
		arr[0] = i
		if i == 0 {
			arrp = &arr
		}
	}
	println(arrp[0])
	var fs []func() int
	for i := 0; i < 3; i++ {
		f := func() int { return i * 2 }
		fs = append(fs, f)
	}
	println(fs[0](), fs[2]())
	var lits [][]int
	for i := 0; i < 3; i++ {
		lits = append(lits, []int{i, i})
	}
	println(lits[0][0], lits[2][0])
	var rs []rune
	for i := 0; i < 3; i++ {
		r := []rune(s)
		r[0] = rune('A' + i)
		if i == 0 {
			rs = r
		}
	}
	println(string(rs))
	var ptrs []*[2]int
	for i := 0; i < 3; i++ {
		ptrs = append(ptrs, &[2]int{i})
	}
	println(ptrs[0][0], ptrs[1][0])
	var ss []string
	for i := 0; i < 3; i++ {
		bb := []byte{byte('a' + i)}
		ss = append(ss, string(bb))
	}
	println(ss[0], ss[1], ss[2])
	var cc []string
	for i := 0; i < 3; i++ {
		cc = append(cc, s+string(rune('0'+i)))
	}
	println(cc[0], cc[1], cc[2])
	var inner **int
	for i := 0; i < 2; i++ {
		v := i + 10
		pv := &v
		if i == 0 {
			inner = &pv
		}
	}
	println(**inner)
}
