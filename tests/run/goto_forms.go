// goto forward and backward, out of nested blocks, implementing loops.
package main

func main() {
	i := 0
top:
	if i < 3 {
		print(i, " ")
		i++
		goto top
	}
	println()
	for j := 0; j < 10; j++ {
		for k := 0; k < 10; k++ {
			if j*k == 6 {
				println("found", j, k)
				goto done
			}
		}
	}
done:
	n := 10
	sum := 0
again:
	sum += n
	n--
	if n > 0 {
		goto again
	}
	println(sum)
	goto skip
skip:
	println("end")
}
