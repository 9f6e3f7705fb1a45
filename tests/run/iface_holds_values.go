// Interfaces holding values of many kinds: structs, arrays, strings,
// floats (NaN != NaN, +0 == -0), complex-free numerics, zero-size types.
package main

type Big struct {
	a, b, c, d int
	s          string
}

type Empty struct{}

func zero() float64 { return 0 }

func main() {
	nan := zero() / zero()
	var n1 interface{} = nan
	var n2 interface{} = n1
	println(n1 == n2, n1 != n1, nan == nan)
	var pz interface{} = zero()
	var nz interface{} = -zero()
	println(pz == nz, pz.(float64), nz.(float64))
	var f32 interface{} = float32(1.5)
	println(f32 == 1.5, f32 == float32(1.5), f32.(float32))

	big := Big{1, 2, 3, 4, "four"}
	var bi interface{} = big
	big.a = 100
	got := bi.(Big)
	println(got.a, got.s, bi == Big{1, 2, 3, 4, "four"})

	var arr interface{} = [4]int{1, 2, 3, 4}
	a := arr.([4]int)
	a[0] = 9
	println(arr.([4]int)[0], a[0], arr == [4]int{1, 2, 3, 4})

	var s interface{} = "hello"
	var s2 interface{} = "hel" + string([]byte{'l', 'o'})
	println(s == s2, len(s.(string)), s.(string)[1:3])
	var es interface{} = ""
	println(es == "", es.(string) == "")

	var e1, e2 interface{} = Empty{}, Empty{}
	println(e1 == e2, e1 == struct{}{})

	var u8 interface{} = byte(200)
	var i64 interface{} = int64(-5)
	var r interface{} = 'x'
	println(u8.(byte), i64.(int64), r.(rune), r == int32(120))
	var b interface{} = false
	println(b.(bool), b == false)
	var up interface{} = uintptr(7)
	println(up.(uintptr))
	var ptr interface{} = &big
	ptr.(*Big).b = 77
	println(big.b)
}
