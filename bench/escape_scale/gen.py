#!/usr/bin/env python3
"""Write a valid tier-1 Go program of about N lines that stresses escape
analysis and the front end.

usage: gen.py LINES OUT.go

The program is a sequence of units; every unit holds each shape in the
same proportion, so a bigger program has more of everything rather than
longer shapes of one kind:

  chain    a call chain f0 -> f1 -> ... passing pointers through; the last
           function of each unit calls the first of the previous unit, so
           the whole program is one call chain (deep call-graph walks)
  rec      a group of mutually recursive functions: one strongly connected
           component of the call graph, analysed as one batch
  loops    many locals, address-taken and not, in nested loops; some
           pointers outlive their loop iteration
  assign   long assignment chains p1 = &x; p2 = p1; ... pN
  clos     closures capturing by reference and by value, nested closures,
           closures called directly and through variables

The output is deterministic (no randomness) so timings compare across runs.
"""
import sys

CHAIN = 60      # functions per unit call chain
REC = 150       # functions per recursive group (one SCC)
LOOPS = 12      # nested-loop functions per unit
ASSIGN = 12     # assignment-chain functions per unit
ASSIGN_LEN = 40  # pointers per assignment chain
CLOS = 30       # closure functions per unit

PRELUDE = """package main

type S struct {
	v    int
	next *S
	p    *int
}

type T struct {
	val *int
	n   int
	s   []int
}

var sink *int
var ssink *S
"""


def chain(u, out):
    for i in range(CHAIN):
        out.append(f"func chain_{u}_{i}(p *int, s *S, n int) *int {{")
        out.append("\tif n <= 0 || s == nil {")
        out.append("\t\treturn p")
        out.append("\t}")
        if i % 3 == 0:
            out.append("\ts.next = &S{v: n, p: p}")
            nxt = "s.next"
        elif i % 3 == 1:
            out.append("\tloc := S{v: n}")
            nxt = "&loc"
        else:
            nxt = "s"
        if i + 1 < CHAIN:
            callee = f"chain_{u}_{i + 1}"
        elif u > 0:
            callee = f"chain_{u - 1}_0"
        else:
            callee = None
        if callee:
            out.append(f"\tq := {callee}(p, {nxt}, n-1)")
        else:
            out.append(f"\tq := {nxt}.p")
            out.append("\tif q == nil {")
            out.append("\t\tq = p")
            out.append("\t}")
        out.append("\tif *q > n {")
        out.append("\t\treturn q")
        out.append("\t}")
        out.append("\treturn p")
        out.append("}")
        out.append("")


def rec(u, out):
    for i in range(REC):
        a = f"rec_{u}_{(i + 1) % REC}"
        b = f"rec_{u}_{(i * 7 + 3) % REC}"
        out.append(f"func rec_{u}_{i}(n int, p *int, t *T) *int {{")
        out.append("\tif n <= 0 {")
        out.append("\t\treturn p")
        out.append("\t}")
        out.append(f"\tx := n * {i + 1}")
        out.append("\tvar r *int")
        out.append("\tif n%2 == 0 {")
        out.append(f"\t\tr = {a}(n-1, &x, t)")
        out.append("\t} else {")
        out.append(f"\t\tr = {b}(n-2, p, t)")
        out.append("\t}")
        if i % 10 == 0:
            out.append("\tt.val = r")
        elif i % 10 == 1:
            out.append("\tt.s = append(t.s, *r)")
        out.append("\treturn r")
        out.append("}")
        out.append("")


def loops(u, out):
    for i in range(LOOPS):
        w = 3 + i % 4  # locals per level
        out.append(f"func loops_{u}_{i}(n int) int {{")
        out.append("\tsum := 0")
        out.append("\tvar keep *int")
        out.append("\tfor i := 0; i < n; i++ {")
        for k in range(w):
            out.append(f"\t\ta{k} := i + {k}")
            out.append(f"\t\tpa{k} := &a{k}")
        out.append("\t\tfor j := 0; j < n; j++ {")
        for k in range(w):
            out.append(f"\t\t\tb{k} := j * {k + 1}")
            out.append(f"\t\t\tc{k} := b{k} + *pa{k}")
            out.append(f"\t\t\tpc{k} := &c{k}")
            out.append(f"\t\t\tsum += *pc{k}")
        out.append("\t\t\tarr := [4]int{i, j, b0, c0}")
        out.append("\t\t\tpr := &arr")
        out.append("\t\t\tfor k := 0; k < 3; k++ {")
        out.append("\t\t\t\te := k + pr[k]")
        out.append("\t\t\t\tpe := &e")
        out.append("\t\t\t\tsum += *pe")
        out.append("\t\t\t\tif k == 2 && j == 0 {")
        if i % 2 == 0:
            out.append("\t\t\t\t\tkeep = pe")
        else:
            out.append("\t\t\t\t\tkeep = pc0")
        out.append("\t\t\t\t}")
        out.append("\t\t\t}")
        out.append("\t\t}")
        out.append("\t}")
        out.append("\tif keep != nil {")
        out.append("\t\tsum += *keep")
        out.append("\t}")
        out.append("\treturn sum")
        out.append("}")
        out.append("")


def assign(u, out):
    for i in range(ASSIGN):
        res = "*int" if i % 2 == 0 else "int"
        out.append(f"func assign_{u}_{i}(v int) {res} {{")
        out.append("\tx := v")
        out.append("\tp1 := &x")
        for k in range(2, ASSIGN_LEN + 1):
            if k % 8 == 0:
                out.append(f"\ts{k} := &S{{v: *p{k - 1}, p: p{k - 1}}}")
                out.append(f"\tp{k} := s{k}.p")
            else:
                out.append(f"\tp{k} := p{k - 1}")
        if i % 4 == 3:
            out.append(f"\tsink = p{ASSIGN_LEN}")
        if i % 2 == 0:
            out.append(f"\treturn p{ASSIGN_LEN}")
        else:
            out.append(f"\treturn *p{ASSIGN_LEN}")
        out.append("}")
        out.append("")


def clos(u, out):
    for i in range(CLOS):
        out.append(f"func clos_{u}_{i}(p *int, n int) int {{")
        out.append("\tx := n")
        out.append("\ty := 0")
        out.append("\tinc := func(d int) {")
        out.append("\t\tx += d")
        out.append("\t\ty++")
        out.append("\t}")
        out.append("\tget := func() *int {")
        out.append("\t\treturn &x")
        out.append("\t}")
        out.append("\tfor i := 0; i < n; i++ {")
        out.append("\t\tinc(i)")
        out.append("\t}")
        out.append("\tz := y")
        out.append("\tf := func(q *int) int {")
        out.append("\t\tg := func() int {")
        out.append("\t\t\treturn *q + z")
        out.append("\t\t}")
        out.append("\t\treturn g() + *p")
        out.append("\t}")
        if i % 3 == 0:
            out.append("\tsink = get()")
            out.append("\treturn f(&z)")
        elif i % 3 == 1:
            out.append("\tv := func(a, b int) int {")
            out.append("\t\treturn a*b + x")
            out.append("\t}(n, z)")
            out.append("\treturn f(get()) + v")
        else:
            out.append("\tr := get()")
            out.append("\treturn f(r) + x")
        out.append("}")
        out.append("")


def unit(u, out):
    chain(u, out)
    rec(u, out)
    loops(u, out)
    assign(u, out)
    clos(u, out)


def main_func(units, out):
    out.append("func main() {")
    out.append("\tv := 7")
    out.append("\tt := &T{}")
    out.append("\tsum := 0")
    for u in range(units):
        out.append(f"\tsum += *chain_{u}_0(&v, &S{{}}, 3)")
        out.append(f"\tsum += *rec_{u}_0(4, &v, t)")
        out.append(f"\tsum += loops_{u}_0(2) + loops_{u}_1(2)")
        out.append(f"\tsum += *assign_{u}_0(v) + assign_{u}_1(v)")
        out.append(f"\tsum += clos_{u}_0(&v, 3) + clos_{u}_1(&v, 3) + clos_{u}_2(&v, 3)")
    out.append("\tprintln(sum, len(t.s))")
    out.append("}")


def unit_lines():
    out = []
    unit(0, out)
    return len(out)


def generate(lines):
    per = unit_lines() + 5  # main's lines per unit
    units = max(1, round(lines / per))
    out = [PRELUDE]
    for u in range(units):
        unit(u, out)
    main_func(units, out)
    return "\n".join(out) + "\n"


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: gen.py LINES OUT.go")
    text = generate(int(sys.argv[1]))
    with open(sys.argv[2], "w") as f:
        f.write(text)


if __name__ == "__main__":
    main()
