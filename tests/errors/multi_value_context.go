// Tests a multiple-value call used where a single value is required.
package main

func two() (int, int) { return 1, 2 }

func main() {
	x := two() + 1 // ERROR "multiple-value two\(\) \(value of type \(int, int\)\) in single-value context"
	println(x)
}
