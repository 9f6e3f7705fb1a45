// hello.go: the smallest program: functions, multiple results, a loop,
// strings and println, all on the stack.
package main

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func main() {
	msg := "hello, goesc"
	println(msg, len(msg))
	for i := 1; i <= 3; i++ {
		q, r := divmod(17, i)
		println(i, q, r)
	}
	println(1.5, true, 'x')
}
