// Tests named types over slices, ints and strings: methods, conversions between named and underlying types.
package main

type IP []byte

func (ip IP) String() string {
	s := ""
	for i, b := range ip {
		if i > 0 {
			s += "."
		}
		s += itoa(int(b))
	}
	return s
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	s := ""
	for n > 0 {
		s = string(rune('0'+n%10)) + s
		n /= 10
	}
	return s
}

type Meters int
type Name string

func (n Name) Greet() string { return "hi " + string(n) }

func main() {
	ip := IP{192, 168, 0, 1}
	println(ip.String(), len(ip))
	raw := []byte(ip)
	raw[3] = 254
	println(ip.String())
	var m Meters = 5
	i := int(m) * 2
	println(m+Meters(i), i)
	var n Name = "bob"
	println(n.Greet(), Name("amy").Greet())
	ip2 := IP(make([]byte, 2))
	println(ip2.String())
}
