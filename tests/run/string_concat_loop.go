// String concatenation in loops; earlier strings are unaffected.
package main

func main() {
	s := ""
	var saved []string
	for i := 0; i < 10; i++ {
		s += string(rune('a' + i))
		if i%3 == 0 {
			saved = append(saved, s)
		}
	}
	println(s, len(s))
	for _, t := range saved {
		print(t, " ")
	}
	println()
	x := ""
	for i := 0; i < 1000; i++ {
		x = x + "ab"
	}
	println(len(x), x[998:1002])
	y := "a" + "b" + s + "c" + s[1:3]
	println(y)
}
