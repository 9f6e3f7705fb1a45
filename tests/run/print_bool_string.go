// Tests println and print of bools and strings, including empty and non-ASCII strings.
package main

func main() {
	t := true
	f := false
	println(t, f, !t, t && f, t || f)
	println("abc", "", "héllo, 世界", "tab\there")
	print("no", "spaces", 1, 2, true, "\n")
	print("x=", 10, " y=", -3, "\n")
	println()
	println("")
	print()
	println("end")
}
