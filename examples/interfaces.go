// interfaces.go: what boxing a value in an interface costs.
//
//	goesc run -m -l examples/interfaces.go
//
// shows which conversions allocate (`x escapes to heap`) and which stay
// in the frame; GOESCDEBUG=memstats=1 counts the heap allocations.
package main

type Shape interface {
	Area() int
}

type Rect struct{ w, h int }

func (r Rect) Area() int { return r.w * r.h }

var keep Shape // a package variable: whatever it holds outlives main

// total calls through the interface.  The analysis cannot see which
// Area runs, so the receivers leak: "leaking param content: shapes".
func total(shapes []Shape) int {
	t := 0
	for _, s := range shapes {
		t += s.Area()
	}
	return t
}

func main() {
	sum := 0
	for i := 0; i < 1000; i++ {
		r := Rect{i, 2}
		// the slice stays in the frame, but its two boxes escape
		// through total's interface calls: two allocations
		local := []Shape{r, Rect{1, i}}
		sum += total(local)
		if i%100 == 0 {
			keep = r // a heap box too: it outlives the iteration
		}
	}
	println("total:", sum, "kept:", keep.Area())
}
