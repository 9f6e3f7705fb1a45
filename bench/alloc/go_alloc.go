// go_alloc.go: go1.19's side of the allocation benchmark.  Each object
// is stored into a ring of 1024 pointers, so that it escapes and stays
// live until overwritten; the collector runs as usual (GOGC=100), so
// its cost is included, as it is in any Go program.
//
// Usage: go_alloc SIZE KIND N  (SIZE 8 or 80, KIND ptr or noptr);
// prints ns/alloc: process CPU time (user+sys, all threads, so the
// collector's background workers count too) per allocation.
package main

import (
	"fmt"
	"os"
	"runtime"
	"strconv"
	"syscall"
)

type P8 struct{ p *P8 }
type N8 struct{ x int64 }
type P80 struct {
	p *P80
	a [9]int64
}
type N80 struct{ a [10]int64 }

var (
	ringP8  [1024]*P8
	ringN8  [1024]*N8
	ringP80 [1024]*P80
	ringN80 [1024]*N80
)

func main() {
	size, kind := os.Args[1], os.Args[2]
	n, _ := strconv.Atoi(os.Args[3])
	runtime.GC()
	t0 := cpuNanos()
	switch size + kind {
	case "8ptr":
		for i := 0; i < n; i++ {
			ringP8[i&1023] = &P8{}
		}
	case "8noptr":
		for i := 0; i < n; i++ {
			ringN8[i&1023] = &N8{}
		}
	case "80ptr":
		for i := 0; i < n; i++ {
			ringP80[i&1023] = &P80{}
		}
	case "80noptr":
		for i := 0; i < n; i++ {
			ringN80[i&1023] = &N80{}
		}
	}
	dt := cpuNanos() - t0
	fmt.Printf("%.2f\n", float64(dt)/float64(n))
}

func cpuNanos() int64 {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return ru.Utime.Nano() + ru.Stime.Nano()
}
