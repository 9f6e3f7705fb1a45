// continue runs the post statement on the one loop variable, also when a closure captured it.
package main

func main() {
	var seen []int
	get := func() int { return 0 }
	for i := 0; i < 10; i++ {
		if i == 2 {
			get = func() int { return i }
		}
		if i%3 == 0 {
			continue
		}
		seen = append(seen, i)
	}
	println(get(), len(seen), seen[0], seen[len(seen)-1])
	k := 0
	for i := 0; i < 6; i, k = i+2, k+1 {
		p := &i
		if *p == 2 {
			*p = 3
			continue
		}
	}
	println(k)
}
