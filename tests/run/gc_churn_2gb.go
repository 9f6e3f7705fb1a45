// Tests memory reuse: 2 GB of allocations in total (small objects, 1 KB
// buffers and 256 KB large ones) over a live set of a few megabytes.
// MAXRSS_MB: 64
package main

type Rec struct {
	id   int
	data []byte
	prev *Rec
}

func main() {
	var live [64]*Rec
	total := 0
	// 1 GB of 1 KB buffers with a small header each.
	for i := 0; i < 1000000; i++ {
		r := &Rec{id: i, data: make([]byte, 1024)}
		r.data[i%1024] = byte(i)
		if i%997 == 0 {
			r.prev = live[i%64]
			live[i%64] = r
		}
		total += int(r.data[i%1024])
	}
	// 1 GB of 256 KB buffers.
	var keep [][]int
	for i := 0; i < 4096; i++ {
		b := make([]int, 32768)
		b[i%32768] = i
		if i%512 == 0 {
			keep = append(keep, b)
		}
		total += b[i%32768]
	}
	n := 0
	for _, r := range live {
		for p := r; p != nil; p = p.prev {
			n++
		}
	}
	k := 0
	for _, b := range keep {
		for _, v := range b {
			k += v
		}
	}
	println(total, n, len(keep), k)
}
