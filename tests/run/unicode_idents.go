// Tests identifiers using Unicode letters and digits.
package main

type Größe int

func (g Größe) doppelt() Größe { return g * 2 }

func main() {
	π := 3.14159
	日本 := "Japan"
	var ñ Größe = 21
	x١ := 1
	println(π, 日本, ñ.doppelt(), x١)
	_ö := true
	println(_ö)
}
