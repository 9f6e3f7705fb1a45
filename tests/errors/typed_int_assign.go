// Tests assignments between distinct integer types and named types without conversion.
package main

type Meters int

func main() {
	var i int = 1
	var j int64 = i // ERROR "cannot use i \(variable of type int\) as type int64 in variable declaration"
	var m Meters = i // ERROR "cannot use i \(variable of type int\) as type Meters in variable declaration"
	println(j, m)
}
