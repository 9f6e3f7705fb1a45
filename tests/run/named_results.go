// Tests named results: zero initial values, bare returns and results shadowed/updated.
package main

func split(sum int) (x, y int) {
	x = sum * 4 / 9
	y = sum - x
	return
}

func zero() (n int, s string, b bool, f float64) {
	return
}

func early(n int) (res string) {
	res = "big"
	if n < 10 {
		res = "small"
		return
	}
	return res + "!"
}

func count() (n int) {
	for i := 0; i < 5; i++ {
		n += i
	}
	return
}

func main() {
	println(split(17))
	println(zero())
	println(early(3), early(30))
	println(count())
}
