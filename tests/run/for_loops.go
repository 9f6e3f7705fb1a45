// Tests the for forms: three-clause, condition only, infinite with break, continue, empty clauses.
package main

func main() {
	sum := 0
	for i := 0; i < 10; i++ {
		sum += i
	}
	println(sum)
	n := 1
	for n < 1000 {
		n *= 3
	}
	println(n)
	k := 0
	for {
		k++
		if k%2 == 0 {
			continue
		}
		if k > 9 {
			break
		}
		print(k, " ")
	}
	println()
	j := 5
	for ; j > 0; j-- {
		print(j)
	}
	println()
	for i, j := 0, 10; i < j; i, j = i+1, j-1 {
		print(i, j, ";")
	}
	println()
	var i int
	for i = 0; i < 3; {
		i++
	}
	println(i)
	for x := 0; x < 3; x++ {
		x := x * 10
		print(x, " ")
	}
	println()
}
