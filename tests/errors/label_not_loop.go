// Tests break and continue naming labels of statements they are not inside or that are not loops.
package main

func main() {
L:
	if true {
		break L // ERROR "invalid break label L"
	}
M:
	for {
		break M
	}
	for {
		continue M // ERROR "invalid continue label M"
	}
}
