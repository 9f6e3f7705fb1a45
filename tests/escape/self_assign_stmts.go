// Self-assignments in tuple and op= assignments: gc names the whole
// statement, once per element, and checks x op= y like x = y.
package main

type S struct{ a, b, c int }

type B struct{ buf []byte; n int; p *int }

func f3(s *S) { s.c += s.a } // ERROR "f3 ignoring self-assignment in s\.c \+= s\.a$" "s does not escape$"

func f4(s *S) { s.c++ } // ERROR "s does not escape$"

func f5(b *B) { b.buf = b.buf[1:] } // ERROR "f5 ignoring self-assignment in b\.buf = b\.buf\[1:\]$" "b does not escape$"

func f6(b *B, q *int) { b.p, b.n = q, 1 } // ERROR "b does not escape$" "leaking param: q$"

func f7(x []int) { x[0], x[1] = x[1], x[0] } // ERROR "f7 ignoring self-assignment in x\[0\], x\[1\] = x\[1\], x\[0\]$" "x does not escape$"

func f8(x []int) { x[0] += x[1] } // ERROR "f8 ignoring self-assignment in x\[0\] \+= x\[1\]$" "x does not escape$"

func main() {}
