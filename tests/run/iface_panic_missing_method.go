// Asserting to an interface whose method the dynamic type lacks panics:
// interface conversion: main.T is not main.Closer: missing method Close.
package main

type Reader interface{ Read() int }
type Closer interface{ Close() }

type T struct{ n int }

func (t T) Read() int { return t.n }

type U struct{}

func (U) Read() int { return 0 }
func (U) Close()    { println("closed U") }

func main() {
	rs := []Reader{U{}, T{1}}
	for _, r := range rs {
		println("read", r.Read())
		c := r.(Closer)
		c.Close()
	}
}
