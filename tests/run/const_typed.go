// Tests typed constants, constant conversions and constant expressions of many types.
package main

const ci int8 = -100
const cu uint16 = 60000
const cf float32 = 0.1
const cb = 1 < 2
const cs string = "typed"

type Size int64

const (
	Small Size = 10
	Large      = Small * 100
)

func main() {
	println(ci, ci/3, cu*1, cf, cb, cs)
	println(Small, Large, Large/Small)
	println(uint8(255), int8(-128), float64(cf))
	const e = 2.5e3
	var i int = e
	println(i)
	const r = 'é'
	println(r, byte('z'))
	println(^0, ^uint8(0), -(-128))
	println(len("constant"), 1e2 == 100)
}
