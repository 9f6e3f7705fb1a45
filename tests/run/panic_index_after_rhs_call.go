// s[g()] = f(): gc calls g and f before the index check panics.
package main

var s = []int{1, 2, 3}

func g() int { println("g"); return 10 }
func f() int { println("f"); return 5 }

func main() {
	s[g()] = f()
}
