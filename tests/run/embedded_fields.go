// Tests embedded struct fields: promoted fields and methods, shadowing, embedded pointers.
package main

type Base struct {
	ID   int
	Name string
}

func (b Base) Describe() string { return "base " + b.Name }
func (b *Base) Rename(n string) { b.Name = n }

type Derived struct {
	Base
	Name  string
	Extra int
}

type Wrapper struct {
	*Base
	Level int
}

func main() {
	d := Derived{Base: Base{ID: 1, Name: "inner"}, Name: "outer", Extra: 2}
	println(d.ID, d.Name, d.Base.Name, d.Extra)
	println(d.Describe())
	d.Rename("renamed")
	println(d.Base.Name, d.Name)
	d.ID = 7
	println(d.Base.ID)
	w := Wrapper{&Base{ID: 5, Name: "ptr"}, 1}
	println(w.ID, w.Name, w.Describe())
	w.Rename("changed")
	println(w.Base.Name)
	w2 := w
	w2.ID = 99
	println(w.ID)
}
