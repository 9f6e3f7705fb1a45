// Tests return statements with too many or not enough values.
package main

func one() int {
	return 1, 2 // ERROR "too many return values"
}

func two() (int, string) {
	return 1 // ERROR "not enough return values\n\thave \(number\)\n\twant \(int, string\)"
}

func none() {
	return 3 // ERROR "too many return values"
}

func main() {
	one()
	two()
	none()
}
