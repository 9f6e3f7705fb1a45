// Tests an out-of-range array index at run time: the panic message names the index and length.
package main

func main() {
	var a [3]int
	for i := 0; i < 10; i++ {
		a[i] = i
		println(a[i])
	}
}
