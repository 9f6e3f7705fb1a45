// The range expression is evaluated exactly once.
package main

var calls int

func get() []int {
	calls++
	return []int{1, 2, 3, 4}
}

func getArr() *[3]int {
	calls++
	return &[3]int{7, 8, 9}
}

func main() {
	t := 0
	for _, v := range get() {
		t += v
	}
	for i := range getArr() {
		t += i
	}
	println(t, calls)
}
