// []byte of constant strings has capacity equal to its length (gc allocates an exact array), unlike []byte(variable).
package main

const C = "constant"

var sink []byte

func main() {
	a := []byte("hello")
	println(len(a), cap(a))
	b := []byte(C + "!")
	println(len(b), cap(b))
	c := []byte("")
	println(len(c), cap(c), c == nil)
	sink = []byte("escapes")
	println(len(sink), cap(sink))
	s := "var"
	d := []byte(s)
	println(len(d), cap(d))
	r := []rune("héllo")
	println(len(r), cap(r))
	type B []byte
	e := B("named")
	e = append(e, '!')
	println(len(e), cap(e), string(e))
	for i := 0; i < 3; i++ {
		f := []byte("loop")
		f[0] = byte('0' + i)
		println(string(f), cap(f))
	}
}
