// Tests a function declared without a body.
package main

func f() int // ERROR "missing function body"

func main() {
	println(f())
}
