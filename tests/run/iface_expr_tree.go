// A recursive data structure built from interfaces: an expression tree
// evaluated and printed by dynamic dispatch.
package main

type Expr interface {
	Eval() int
	Str() string
}

type Lit int
type Add struct{ l, r Expr }
type Mul struct{ l, r Expr }
type Neg struct{ e Expr }

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var b []byte
	for n > 0 {
		b = append([]byte{byte('0' + n%10)}, b...)
		n /= 10
	}
	if neg {
		return "-" + string(b)
	}
	return string(b)
}

func (l Lit) Eval() int      { return int(l) }
func (l Lit) Str() string    { return itoa(int(l)) }
func (a *Add) Eval() int     { return a.l.Eval() + a.r.Eval() }
func (a *Add) Str() string   { return "(" + a.l.Str() + " + " + a.r.Str() + ")" }
func (m *Mul) Eval() int     { return m.l.Eval() * m.r.Eval() }
func (m *Mul) Str() string   { return m.l.Str() + " * " + m.r.Str() }
func (n Neg) Eval() int      { return -n.e.Eval() }
func (n Neg) Str() string    { return "-" + n.e.Str() }

func simplify(e Expr) Expr {
	switch v := e.(type) {
	case *Add:
		l, r := simplify(v.l), simplify(v.r)
		if l == Lit(0) {
			return r
		}
		if r == Lit(0) {
			return l
		}
		return &Add{l, r}
	case *Mul:
		l, r := simplify(v.l), simplify(v.r)
		if l == Lit(1) {
			return r
		}
		if r == Lit(1) {
			return l
		}
		if l == Lit(0) || r == Lit(0) {
			return Lit(0)
		}
		return &Mul{l, r}
	case Neg:
		if inner, ok := v.e.(Neg); ok {
			return simplify(inner.e)
		}
		return Neg{simplify(v.e)}
	}
	return e
}

func main() {
	e := &Add{&Mul{Lit(3), Lit(4)}, Neg{&Add{Lit(1), Lit(-2)}}}
	println(e.Str(), "=", e.Eval())
	e2 := &Mul{&Add{Lit(0), Lit(7)}, Neg{Neg{&Mul{Lit(1), Lit(5)}}}}
	println(e2.Str(), "=", e2.Eval())
	s := simplify(e2)
	println(s.Str(), "=", s.Eval())
	z := simplify(&Mul{Lit(0), e})
	println(z.Str(), z == Lit(0))
}
