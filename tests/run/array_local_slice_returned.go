// Slicing a local array and returning the slice: the array must outlive the call.
package main

func digits(n int) []byte {
	var buf [20]byte
	i := len(buf)
	if n == 0 {
		i--
		buf[i] = '0'
	}
	for n > 0 {
		i--
		buf[i] = byte('0' + n%10)
		n /= 10
	}
	return buf[i:]
}

func pair() ([]int, []int) {
	var a [4]int
	return a[:2], a[1:]
}

func main() {
	a := digits(12345)
	b := digits(0)
	c := digits(9876543210)
	println(string(a), string(b), string(c))
	x, y := pair()
	x[1] = 5
	println(y[0], len(y), cap(x))
}
