// Tests building strings in a loop and collecting them in a slice with append.
package main

func main() {
	var words []string
	w := ""
	for i := 0; i < 5; i++ {
		w += string(rune('a' + i))
		words = append(words, w)
	}
	for i, x := range words {
		println(i, x, len(x))
	}
	total := ""
	for _, x := range words {
		total = total + x + "|"
	}
	println(total)
}
