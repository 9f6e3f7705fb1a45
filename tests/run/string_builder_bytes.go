// Building strings with a byte slice, converting back, and mutation after conversion.
package main

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	var b []byte
	for n != 0 {
		d := n % 10
		if d < 0 {
			d = -d
		}
		b = append(b, byte('0'+d))
		n /= 10
	}
	if neg {
		b = append(b, '-')
	}
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
	return string(b)
}

func main() {
	println(itoa(0), itoa(12345), itoa(-987), itoa(-9223372036854775808))
	buf := make([]byte, 0, 8)
	buf = append(buf, "abc"...)
	s := string(buf)
	buf[0] = 'z'
	buf = append(buf, 'd')
	println(s, string(buf))
	rs := []rune{'h', 0x4e16, 'x'}
	t := string(rs)
	rs[0] = 'H'
	println(t, string(rs), len(t))
}
