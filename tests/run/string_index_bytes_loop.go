// Indexing strings byte by byte versus ranging by rune; counting and reversing.
package main

func reverseRunes(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func main() {
	s := "héllo, 世界!"
	upper := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			upper++
		}
	}
	println(upper, len(s))
	println(reverseRunes(s))
	cnt := 0
	for _, r := range s {
		if r > 127 {
			cnt++
		}
	}
	println(cnt)
	println(s[1], s[2], s[len(s)-1])
}
