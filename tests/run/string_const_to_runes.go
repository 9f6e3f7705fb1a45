// []rune of constant strings: exact capacity, invalid UTF-8 decoded as U+FFFD, escaping and not.
package main

type S string

const c S = "typed"

var sinkR []rune
var sinkB []byte

func main() {
	r := []rune("a\xffb\xe4\xb8c\xf0\x9f\x98\x80\xed\xa0\x80z")
	println(len(r), cap(r))
	for _, x := range r {
		print(x, " ")
	}
	println()
	sinkR = []rune("héllo")
	println(len(sinkR), cap(sinkR))
	sinkR = append(sinkR, 'x')
	println(len(sinkR), cap(sinkR))
	sinkB = []byte(c)
	println(len(sinkB), cap(sinkB), string(sinkB))
	b := []byte(c)
	b = append(b, "-more"...)
	println(len(b), cap(b), string(b))
	e := []rune("")
	println(len(e), cap(e), e == nil)
	long := []byte("this is a string constant longer than thirty-two bytes")
	println(len(long), cap(long))
	lr := []rune("this is a string constant longer than thirty-two runes")
	println(len(lr), cap(lr))
	type R []rune
	nr := R("named runes")
	println(len(nr), cap(nr))
	for i := 0; i < 2; i++ {
		q := []rune("qq")
		q[0] = 'Q'
		println(string(q))
	}
}
