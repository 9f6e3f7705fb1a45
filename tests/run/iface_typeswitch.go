// Type switches: several types per case (binding keeps the interface
// type), the nil case, default anywhere, cases on interface types, and
// the first matching case wins.
package main

type Stringer interface{ String() string }
type Name string

func (n Name) String() string { return "Name(" + string(n) + ")" }

type Code int

func (c Code) String() string { return "Code" }

func classify(x interface{}) string {
	switch v := x.(type) {
	default:
		return "default"
	case nil:
		return "nil"
	case int, int64, uint:
		_ = v
		return "some integer"
	case Name:
		return "name " + string(v) + " " + v.String()
	case Stringer:
		return "stringer " + v.String()
	case string, []byte:
		if s, ok := v.(string); ok {
			return "text string " + s
		}
		return "text bytes"
	case bool:
		if v {
			return "true"
		}
		return "false"
	}
}

func noBinding(x interface{}) int {
	switch x.(type) {
	case int:
		return 1
	case string:
		return 2
	}
	return 0
}

func main() {
	vals := []interface{}{nil, 1, int64(2), uint(3), int8(4), Name("n"), Code(5), "str", []byte("b"), true, false, 2.5}
	for i, v := range vals {
		println(i, classify(v))
	}
	println(noBinding(1), noBinding("x"), noBinding(nil), noBinding(1.5))

	// a switch with an init statement and a function call as subject
	get := func(i int) interface{} {
		if i == 0 {
			return Code(0)
		}
		return Name("z")
	}
	for i := 0; i < 2; i++ {
		switch n := i * 10; v := get(i).(type) {
		case Code:
			println("code", int(v), n)
		case Name:
			println("name", string(v), n)
		}
	}
	// on a non-empty interface
	var s Stringer = Code(1)
	switch s.(type) {
	case Name:
		println("Name")
	case Code:
		println("Code")
	}
}
