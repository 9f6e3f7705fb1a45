// A method value on a large value receiver copies the whole array at evaluation.
package main

type Big struct{ a [100]int }

func (b Big) Total() int {
	t := 0
	for _, v := range b.a {
		t += v
	}
	return t
}

func main() {
	var b Big
	for i := range b.a {
		b.a[i] = i
	}
	tot := b.Total
	for i := range b.a {
		b.a[i] = 1
	}
	println(tot(), b.Total())
}
