// Modifying a slice during range: length evaluated once, element writes visible, appends not iterated.
package main

func main() {
	s := []int{1, 2, 3}
	for i, v := range s {
		if i == 0 {
			s[1] = 20
			s = append(s, 4)
		}
		print(v, " ")
	}
	println(len(s))
	t := []int{1, 2, 3, 4}
	for i := range t {
		t = t[:2]
		print(i, " ")
	}
	println(len(t))
	u := make([]int, 3, 10)
	for i, v := range u {
		u = append(u, i)
		u[i+1] = 9
		print(v, " ")
	}
	println(len(u))
}
