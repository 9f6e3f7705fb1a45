// Methods promoted from embedded fields satisfy interfaces: through an
// embedded value (value methods for S, all for *S) and through an
// embedded pointer (all methods, for S and *S).
package main

type Speaker interface{ Speak() string }
type Mover interface{ Move(d int) int }
type Animal interface {
	Speaker
	Mover
}

type Legs struct{ pos int }

func (l Legs) Speak() string { return "legs" }
func (l *Legs) Move(d int) int {
	l.pos += d
	return l.pos
}

type Dog struct {
	Legs // embedded value
	name string
}

type Cat struct {
	*Legs // embedded pointer
	name  string
}

type Loud struct {
	Dog // two levels of embedding
}

func (l Loud) Speak() string { return "LOUD " + l.Dog.Speak() } // shadows

func main() {
	d := Dog{name: "rex"}
	var s Speaker = d // Dog has Legs.Speak
	println(s.Speak())
	var a Animal = &d // *Dog has Speak and Move
	println(a.Move(3), a.Move(4), d.pos)
	_, ok := s.(Mover) // Dog (not *Dog) lacks Move
	println("Dog is Mover:", ok)

	c := Cat{&Legs{10}, "tom"}
	var a2 Animal = c // Cat has both through *Legs
	println(a2.Speak(), a2.Move(1), c.pos)
	c2 := c // shares *Legs
	a2.Move(5)
	println(c2.pos)

	l := &Loud{}
	var a3 Animal = l
	println(a3.Speak(), a3.Move(2), l.Dog.Legs.pos)
	var s3 Speaker = Loud{}
	println(s3.Speak())
	_, ok = s3.(Animal)
	println("Loud is Animal:", ok)

	animals := []Animal{&d, c, l}
	for _, an := range animals {
		println(an.Speak(), an.Move(100))
	}
}
