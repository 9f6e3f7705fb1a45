// Op-assignment with calls: the right side runs before the left is loaded and checked.
package main

var s = []int{1, 2, 3}
var x = 10

func g() int { println("g"); return 1 }
func f() int { println("f"); x += 5; s[1] = 100; return 5 }
func h() int { println("h"); return 9 }

type P struct{ v int }

var pp *P

func np() *P { println("np"); return pp }

func main() {
	x += f()
	println(x)
	s[g()] += f()
	println(s[1])
	s[g()] -= x + f()
	println(s[1], x)
	s[h()] += f()
}
