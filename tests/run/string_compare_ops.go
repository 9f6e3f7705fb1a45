// String comparison, indexing bytes and slicing shares nothing observable.
package main

func main() {
	a, b := "abc", "abd"
	println(a < b, a > b, a <= "abc", a == "ab"+"c", "" < "a", "Z" < "a")
	println(a[0], a[2], len(a[1:]), a[1:2])
	words := []string{"pear", "apple", "fig", "banana"}
	for i := 1; i < len(words); i++ {
		for j := i; j > 0 && words[j] < words[j-1]; j-- {
			words[j], words[j-1] = words[j-1], words[j]
		}
	}
	for _, w := range words {
		print(w, " ")
	}
	println()
	println("héllo"[1], len("héllo"), "\u00e9" == "é", "\x41\102")
}
