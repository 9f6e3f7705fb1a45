// Tests a raw string literal that is not terminated before the end of the file.
package main

func main() {
	s := `abc // ERROR "string not terminated"
}
