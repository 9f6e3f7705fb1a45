// Tuple assignment with calls on both sides: left calls first, then right, then index checks.
package main

var s = []int{1, 2, 3}
var t = []int{1, 2, 3}

func g() int { println("g"); return 1 }
func f() int { println("f"); return 5 }

type P struct{ x int }

func np() *P { println("np"); return nil }

func main() {
	s[g()], t[g()] = f(), f()
	println(s[1], t[1])
	i := 7
	s[g()], t[i] = f(), f()
}
