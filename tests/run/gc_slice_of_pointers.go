// Tests slices of pointers that are the only references to their
// objects, including ones grown by append (the old arrays die) and
// elements replaced while garbage is allocated.
package main

type Item struct {
	id   int
	name string
	tags []string
}

func main() {
	var items []*Item
	for i := 0; i < 100000; i++ {
		items = append(items, &Item{id: i, name: "item", tags: []string{"a", "b"}})
	}
	for round := 0; round < 5; round++ {
		for i := round; i < len(items); i += 5 {
			items[i] = &Item{id: items[i].id * 2, name: items[i].name + "x", tags: append(items[i].tags, "c")}
		}
		junk := make([][]int, 0)
		for j := 0; j < 20000; j++ {
			junk = append(junk, make([]int, 8))
		}
		s, l, t := 0, 0, 0
		for _, it := range items {
			s += it.id
			l += len(it.name)
			t += len(it.tags)
		}
		println(round, s, l, t, len(junk))
	}
	m := make([][]*Item, 100)
	for i := range m {
		m[i] = items[i*1000 : i*1000+10]
	}
	items = nil
	c := 0
	for i := 0; i < 200000; i++ {
		p := &Item{id: i}
		c += p.id & 3
	}
	s := 0
	for _, row := range m {
		for _, it := range row {
			s += it.id + len(it.tags)
		}
	}
	println(c, s)
}
