// Tests that the predeclared interface types are rejected until tier 2
// brings interfaces (they once reached the code generator unreported).
package main

type E struct{}

func (E) Error() string { return "e" }

func main() {
	var err error = E{} // ERROR "unsupported: interfaces"
	var x any = 1       // ERROR "unsupported: interfaces"
	println(err.Error(), x != nil)
}
