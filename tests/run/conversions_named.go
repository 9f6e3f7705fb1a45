// Tests conversions between named types with identical underlying types, and between named and unnamed.
package main

type A struct{ x, y int }
type B A
type Celsius float64
type Fahrenheit float64
type Bytes []byte

func main() {
	a := A{1, 2}
	b := B(a)
	b.x = 10
	println(a.x, b.x, A(b).x)
	c := Celsius(100)
	f := Fahrenheit(c*9/5 + 32)
	println(f, float64(c))
	bs := Bytes("hi")
	raw := []byte(bs)
	raw[0] = 'H'
	println(string(bs), len(raw))
	type P *int
	n := 3
	var p P = &n
	println(*(*int)(p))
}
