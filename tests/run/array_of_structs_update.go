// Updating arrays of structs in place, through range with index, and via pointer to array.
package main

type Item struct {
	qty   int
	price float64
	tags  [2]string
}

func total(items *[3]Item) float64 {
	t := 0.0
	for i := range items {
		t += float64(items[i].qty) * items[i].price
	}
	return t
}

func main() {
	inv := [3]Item{{1, 2.5, [2]string{"a", "b"}}, {2, 1.25, [2]string{}}, {4, 0.5, [2]string{"c"}}}
	for _, it := range inv {
		it.qty = 0
	}
	println(total(&inv))
	for i := range inv {
		inv[i].qty *= 2
		inv[i].tags[1] = "t"
	}
	println(total(&inv), inv[2].tags[0], inv[2].tags[1])
	copyInv := inv
	copyInv[0].price = 100
	println(total(&inv), total(&copyInv))
}
