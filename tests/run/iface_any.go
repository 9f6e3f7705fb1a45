// any and interface{}: the same type; they hold values of every type.
package main

type Point struct{ x, y int }

func kind(v any) string {
	switch v.(type) {
	case nil:
		return "nil"
	case int:
		return "int"
	case string:
		return "string"
	case bool:
		return "bool"
	case float64:
		return "float64"
	case Point:
		return "Point"
	case *Point:
		return "*Point"
	case []int:
		return "[]int"
	case [2]int:
		return "[2]int"
	case func() int:
		return "func() int"
	case interface{}:
		return "other"
	}
	return "unreachable"
}

func main() {
	var e interface{}
	var a any = e
	println(kind(a), a == nil)
	vals := []any{1, "s", true, 2.5, Point{1, 2}, &Point{}, []int{1}, [2]int{}, func() int { return 1 }, uint8(3), nil, int8(-1)}
	for i, v := range vals {
		println(i, kind(v))
	}
	var x interface{} = 10
	var y any = x
	println(y.(int) + 1)
	y = "now a string"
	println(y.(string))
	var z any = y
	println(z == y, z == any("now a string"))
}
