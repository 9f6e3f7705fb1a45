// Pointers to pointers, swapping through pointers, and pointer equality.
package main

func swap(a, b *int) { *a, *b = *b, *a }

func swapP(a, b **int) { *a, *b = *b, *a }

func main() {
	x, y := 1, 2
	swap(&x, &y)
	println(x, y)
	px, py := &x, &y
	swapP(&px, &py)
	println(*px, *py, x, y)
	*px = 10
	println(x, y)
	ppp := &px
	pppp := &ppp
	***pppp = 77
	println(y)
	swap(&x, &x)
	println(x)
}
