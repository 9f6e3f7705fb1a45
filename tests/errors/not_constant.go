// Tests constant declarations initialised with non-constant values.
package main

func f() int { return 1 }

func main() {
	x := 1
	const c = x // ERROR "x \(variable of type int\) is not constant"
	const d = f() // ERROR "f\(\) \(value of type int\) is not constant"
	println(c, d)
}
