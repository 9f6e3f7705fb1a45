// new of a 1 TiB array compiles and fails at run time as in go1.19.
package main

func main() {
	println("start")
	p := new([1 << 40]byte)
	p[7] = 1
	println(p[7])
}
