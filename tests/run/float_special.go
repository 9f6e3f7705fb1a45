// Tests printing of +Inf, -Inf, NaN and negative zero computed at run time.
package main

func zero() float64 { return 0 }

func main() {
	z := zero()
	inf := 1 / z
	ninf := -1 / z
	nan := z / z
	negz := -z
	println(inf, ninf, nan)
	println(negz, z)
	println(1/negz)
	println(nan == nan, nan != nan, nan < 1, nan > 1)
	println(inf > 1e308, ninf < -1e308)
	println(inf-inf, inf*0)
	var f32 float32 = float32(z)
	println(1/f32, -1/f32, f32/f32)
	big := 1e308
	println(big*10, -big*10)
}
