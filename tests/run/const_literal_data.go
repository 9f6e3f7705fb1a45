// Constant composite literals (static data): package-level arrays, structs, slices and nested ones, local tables; all mutable afterwards.
package main

type Point struct {
	X, Y int16
	Z    float32
	On   bool
	W    uint64
}

type Shape struct {
	Name  [4]byte
	Pts   [3]Point
	Scale float64
}

var primes = [...]int{2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71}

var sparse = [20]int8{3: -1, 7: 127, 19: -128, 0: 5}

var bytesTab = []byte{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 255}

var shape = Shape{
	Name:  [4]byte{'t', 'r', 'i', 0},
	Pts:   [3]Point{{1, 2, 0.5, true, 1 << 63}, {X: -3, Z: -1.25}, {Y: 7, W: 42}},
	Scale: 2.5,
}

var grid = [3][4]uint16{{1, 2, 3, 4}, {5, 6, 7, 8}, {9, 10, 11, 65535}}

var floats = []float64{0.1, 0.2, 1e300, -0, 3.5, 1.0 / 3, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}

var pts = []Point{{1, 1, 1, true, 1}, {2, 2, 2, false, 2}, {X: 3}}

// A reader of the tables during package initialisation.
var total = sum(primes[:])

var copied = primes

func sum(s []int) int {
	t := 0
	for _, v := range s {
		t += v
	}
	return t
}

func local(i int) int {
	tab := [32]int{1, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233, 377, 610, 987,
		1597, 2584, 4181, 6765, 10946, 17711, 28657, 46368, 75025, 121393, 196418,
		317811, 514229, 832040, 1346269, 2178309}
	tab[0] += i // each call has its own copy
	return tab[0] + tab[i]
}

func localSlice() []int {
	return []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17}
}

func main() {
	println(len(primes), total, primes[19], sum(copied[:]))
	primes[0] = 1000
	println(primes[0], copied[0], sum(primes[:]))
	println(sparse[0], sparse[3], sparse[7], sparse[19], sparse[1])
	println(len(bytesTab), cap(bytesTab), bytesTab[17])
	bytesTab[17] = 1
	bytesTab = append(bytesTab, 99)
	println(len(bytesTab), bytesTab[17], bytesTab[18])
	println(string(shape.Name[:3]), shape.Pts[0].X, shape.Pts[0].Y, shape.Pts[0].Z, shape.Pts[0].On, shape.Pts[0].W)
	println(shape.Pts[1].X, shape.Pts[1].Z, shape.Pts[1].On, shape.Pts[2].Y, shape.Pts[2].W, shape.Scale)
	shape.Pts[2].W++
	println(shape.Pts[2].W, grid[2][3], grid[1][2])
	println(floats[0], floats[2], floats[3], floats[5], len(floats))
	println(pts[0].On, pts[1].Z, pts[2].X, len(pts))
	pts[2].X = 9
	println(pts[2].X)
	println(local(1), local(2), local(31), local(1))
	a, b := localSlice(), localSlice()
	a[0] = 100
	println(a[0], b[0], len(a), sum(b))
}
