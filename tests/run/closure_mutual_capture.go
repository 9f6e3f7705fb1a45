// Closures capturing each other and a shared counter.
package main

func main() {
	n := 0
	var ping, pong func(int)
	ping = func(k int) {
		n++
		if k > 0 {
			pong(k - 1)
		}
	}
	pong = func(k int) {
		n += 10
		if k > 0 {
			ping(k - 1)
		}
	}
	ping(5)
	println(n)
	old := ping
	ping = func(k int) { n = -1 }
	pong(1)
	println(n)
	old(0)
	println(n)
}
