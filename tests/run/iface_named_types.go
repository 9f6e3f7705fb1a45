// Named non-struct types with methods in interfaces: ints, floats,
// strings, slices, bools and arrays as dynamic types.
package main

type Describer interface{ Describe() string }

type Count int
type Temp float64
type Word string
type Words []string
type Flag bool
type Pair [2]Word

func (c Count) Describe() string {
	if c > 1 {
		return "many"
	}
	return "few"
}
func (t Temp) Describe() string {
	if t > 30.5 {
		return "hot"
	}
	return "mild"
}
func (w Word) Describe() string  { return "word " + string(w) }
func (ws Words) Describe() string {
	s := ""
	for i, w := range ws {
		if i > 0 {
			s += ","
		}
		s += w
	}
	return "[" + s + "]"
}
func (f Flag) Describe() string {
	if f {
		return "on"
	}
	return "off"
}
func (p Pair) Describe() string { return p[0].Describe() + "&" + p[1].Describe() }

func (ws *Words) Add(w string) { *ws = append(*ws, w) }

type Adder interface{ Add(w string) }

func main() {
	ds := []Describer{Count(1), Count(5), Temp(31), Temp(-4.5), Word("go"), Words{"a", "b"}, Flag(true), Flag(false), Pair{"x", "y"}}
	for _, d := range ds {
		println(d.Describe())
	}
	ws := Words{"p"}
	var ad Adder = &ws
	ad.Add("q")
	ad.Add("r")
	println(ws.Describe(), len(ws))
	var d Describer = ws
	ws[0] = "changed" // shares the backing array with the boxed slice
	println(d.Describe())
	println(ds[0] == Count(1), ds[4] == Word("go"), ds[6] == Flag(true))
	var e interface{} = Temp(2)
	_, isF := e.(float64)
	t, isT := e.(Temp)
	println(isF, isT, t)
}
