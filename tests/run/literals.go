// Tests number literal forms: hex, octal, binary, underscores, hex floats and exponents.
package main

func main() {
	println(0x1F, 0X1f, 0o17, 0O17, 017, 0b101, 0B11)
	println(1_000_000, 0x_FF, 0b_1_0, 0o_7)
	println(1e3, 1E-3, .5, 5., 1_0.2_5)
	println(0x1p-2, 0x1.8p1, 0X.8p0)
	println('a', '\000', '\x7f', '\u12e4', '\U00101234')
	println(9223372036854775807, -9223372036854775808)
	var u uint64 = 0xFFFF_FFFF_FFFF_FFFF
	println(u)
}
