// A per-iteration variable whose address escapes only on some iterations.
package main

type Rec struct {
	id   int
	name string
}

func main() {
	var kept []*Rec
	for i := 0; i < 8; i++ {
		r := Rec{i, "r" + string(rune('0'+i))}
		if i%3 == 0 {
			kept = append(kept, &r)
		}
		r.id *= 10
	}
	for _, k := range kept {
		print(k.id, k.name, " ")
	}
	println()
	var last *int
	for i := 0; i < 5; i++ {
		v := i
		if v == 2 {
			last = &v
		}
		v += 100
	}
	println(*last)
}
