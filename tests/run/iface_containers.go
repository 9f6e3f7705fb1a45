// Interfaces as struct fields, slice and array elements: zero values are
// nil, assignment replaces the dynamic value, copying copies the pair.
package main

type Op interface{ Apply(x int) int }

type Add struct{ n int }
type Mul struct{ n int }
type Neg struct{}

func (a Add) Apply(x int) int  { return x + a.n }
func (m *Mul) Apply(x int) int { return x * m.n }
func (Neg) Apply(x int) int    { return -x }

type Stage struct {
	name string
	op   Op
}

type Pipeline struct {
	stages [4]Stage
	extra  []Op
}

func (p *Pipeline) Run(x int) int {
	for i, s := range p.stages {
		if s.op == nil {
			println("stage", i, "empty")
			continue
		}
		x = s.op.Apply(x)
		println("stage", i, s.name, x)
	}
	for _, op := range p.extra {
		x = op.Apply(x)
	}
	return x
}

func main() {
	var p Pipeline
	m := &Mul{3}
	p.stages[0] = Stage{"add", Add{2}}
	p.stages[1] = Stage{"mul", m}
	p.stages[3] = Stage{name: "neg", op: Neg{}}
	p.extra = []Op{Add{1}, m, Neg{}}
	println("result", p.Run(1))
	m.n = 10 // seen through both the array and the slice
	println("result", p.Run(1))

	q := p // copies the array of interfaces, shares the slice
	q.stages[0].op = Neg{}
	q.extra[0] = Add{1000}
	println(p.stages[0].op == Add{2}, p.extra[0] == Add{1000})

	var arr [3]interface{}
	arr[1] = "mid"
	arr[2] = arr[1]
	println(arr[0] == nil, arr[1] == arr[2], arr[2].(string))
	arr2 := arr
	println(arr == arr2)
	arr2[0] = 0
	println(arr == arr2)

	ops := make([]Op, 2, 5)
	println(ops[0] == nil, len(ops))
	ops = append(ops, Add{5})
	ops[0] = ops[2]
	println(ops[0].Apply(1))
	ptrs := []*Op{&ops[0], &ops[2]}
	*ptrs[1] = Neg{}
	println(ops[2].Apply(4), (*ptrs[0]).Apply(4))
}
