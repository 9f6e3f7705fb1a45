// Tests && and || short-circuit evaluation with side effects, and ! on booleans.
package main

var n int

func t(s string) bool {
	print(s, " ")
	n++
	return true
}

func f(s string) bool {
	print(s, " ")
	n++
	return false
}

func main() {
	println(f("a") && t("b"))
	println(t("a") || f("b"))
	println(t("a") && f("b") || t("c"))
	println(f("a") || f("b") && t("c"))
	println(!f("a") && !!t("b"))
	println(n)
	type B bool
	var b B = true
	println(b && !b, b == true)
}
