// Tests an invalid UTF-8 byte in the source.
package main

func main() {
	s := "okÿ" // ERROR "invalid UTF-8 encoding"
	println(s)
}
