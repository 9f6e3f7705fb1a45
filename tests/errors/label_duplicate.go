// Tests a label defined twice in one function.
package main

func main() {
L:
	for {
		break L
	}
L: // ERROR "label L already defined at \./label_duplicate\.go:5:1"
	for {
		break L // ERROR "invalid break label L"
	}
}
