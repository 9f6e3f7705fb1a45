// Pointer-receiver methods may be called on nil pointers; method values bind the nil pointer.
package main

type L struct {
	v    int
	next *L
}

func (l *L) Len() int {
	if l == nil {
		return 0
	}
	return 1 + l.next.Len()
}

func (l *L) IsNil() bool { return l == nil }

func main() {
	var l *L
	println(l.Len(), l.IsNil())
	f := l.Len
	l = &L{1, &L{2, nil}}
	println(f(), l.Len())
	g := l.next.next.IsNil
	println(g())
}
