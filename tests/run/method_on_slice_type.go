// Methods on named slice and int types; pointer receiver appends.
package main

type IP []byte

func (ip IP) Last() byte { return ip[len(ip)-1] }

type Stack []int

func (s *Stack) Push(v int) { *s = append(*s, v) }
func (s *Stack) Pop() int {
	old := *s
	v := old[len(old)-1]
	*s = old[:len(old)-1]
	return v
}
func (s Stack) Len() int { return len(s) }

func main() {
	ip := IP{10, 0, 0, 1}
	println(ip.Last(), len(ip))
	var s Stack
	for i := 0; i < 5; i++ {
		s.Push(i * i)
	}
	println(s.Len(), s.Pop(), s.Pop(), s.Len())
	push := s.Push
	push(99)
	println(s.Len(), s[len(s)-1])
}
