// Tests a prime sieve over a bool slice and appending results.
package main

func primes(n int) []int {
	composite := make([]bool, n+1)
	var ps []int
	for i := 2; i <= n; i++ {
		if composite[i] {
			continue
		}
		ps = append(ps, i)
		for j := i * i; j <= n; j += i {
			composite[j] = true
		}
	}
	return ps
}

func main() {
	ps := primes(100)
	println(len(ps))
	for _, p := range ps {
		print(p, " ")
	}
	println()
	println(len(primes(100000)))
}
