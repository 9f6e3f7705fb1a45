// Tests ... applied in calls of non-variadic functions and with extra arguments.
package main

func f(a int)            {}
func g(a int, b ...int) {}

func main() {
	s := []int{1}
	f(s...) // ERROR "cannot use ... in call to non-variadic f"
	g(1, 2, s...) // ERROR "too many arguments in call to g\n\thave \(number, number, \[\]int\)\n\twant \(int, \.\.\.int\)"
}
