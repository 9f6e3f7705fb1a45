// Package variable initializers follow gc's order too: calls before plain operands.
package main

var g = 1
var h = g + incr()
var m = pair(g, incr())
var n = g*100 + incr()

func incr() int { g++; return g * 10 }

func pair(a, b int) int { return a*1000 + b }

func main() {
	println(g, h, m, n)
}
