// Embedded struct fields are copied with the outer struct; promoted fields and methods.
package main

type Pos struct{ x, y int }

func (p *Pos) Move(dx int) { p.x += dx }
func (p Pos) Sum() int     { return p.x + p.y }

type Obj struct {
	Pos
	name string
}

type Wrap struct {
	Obj
	extra [2]int
}

func main() {
	o := Obj{Pos{1, 2}, "o"}
	c := o
	c.Move(10)
	println(o.x, c.x, o.Sum(), c.Sum())
	w := Wrap{Obj: o}
	w.Move(5)
	w.y = 7
	println(w.x, w.y, w.Pos.x, w.Obj.Pos.y, w.Sum())
	p := &w.Pos
	p.Move(1)
	println(w.x)
	ws := []Wrap{w, w}
	ws[1].Move(100)
	println(ws[0].x, ws[1].x)
}
