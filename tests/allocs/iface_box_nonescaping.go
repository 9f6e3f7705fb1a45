// Boxes that do not escape live on the stack: no allocation at all.
package main

// ALLOCS: mallocs=0

type Vec struct{ x, y, z int }

func (v Vec) Sum() int { return v.x + v.y + v.z }

type Summer interface{ Sum() int }

func size(x interface{}) int {
	switch v := x.(type) {
	case int:
		return v
	case string:
		return len(v)
	case Vec:
		return v.x
	}
	return 0
}

func count(xs ...interface{}) int {
	return len(xs)
}

func main() {
	t := 0
	for i := 0; i < 1000; i++ {
		big := i * 1000
		s := "str"
		v := Vec{i, 2, 3}
		t += size(big) + size(s+"!") + size(v)
		t += count(big, v, s)
		var sm Summer = v
		t += sm.Sum()
		var e interface{} = big
		if e == interface{}(big) {
			t++
		}
	}
	println(t)
}
