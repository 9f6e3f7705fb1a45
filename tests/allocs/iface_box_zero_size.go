// Zero-size values in interfaces never allocate, escaping or not.
package main

// ALLOCS: mallocs=0

type Empty struct{}

func (Empty) M() int { return 1 }

type I interface{ M() int }

var sink interface{}
var sinkI I

func main() {
	n := 0
	for i := 0; i < 1000; i++ {
		var e Empty
		sink = e
		sinkI = Empty{}
		sink = [0]int{}
		sink = struct{}{}
		n += sinkI.M()
	}
	println(n)
}
