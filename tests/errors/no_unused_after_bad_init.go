// Tests that variables whose declaration or assignment failed are not
// also reported as declared but not used (go1.19 counts them as used).
package main

func two() (int, bool) { return 1, true }
func one() int         { return 1 }

func main() {
	var s string = nil // ERROR "cannot use nil as string value in variable declaration"
	const big uint64 = 10
	var b int64 = big // ERROR "cannot use big \(constant 10 of type uint64\) as type int64 in variable declaration"
	x, y := two(), 2  // ERROR "multiple-value two\(\) \(value of type \(int, bool\)\) in single-value context"
	p, q := one()     // ERROR "assignment mismatch: 2 variables but one returns 1 value"
	var c, d int
	c, d = one() // ERROR "assignment mismatch: 2 variables but one returns 1 value"
	unused := 1  // ERROR "unused declared but not used"
}
