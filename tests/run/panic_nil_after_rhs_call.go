// np().x = f(): f runs before the nil dereference panics.
package main

type P struct{ x int }

func np() *P { println("np"); return nil }
func f() int { println("f"); return 5 }

func main() {
	np().x = f()
}
