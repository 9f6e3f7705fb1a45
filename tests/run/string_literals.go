// Tests string literal forms: escapes, octal and hex bytes, unicode escapes, raw strings over several lines.
package main

func main() {
	s := "tab\tnewline\\n quote\" bs\\ bell\a"
	println(len(s), s[3], s[4])
	println("\101\102\x43\u0044\U00000045")
	raw := `line one
line "two" \n not an escape
	indented`
	println(raw)
	println(len(raw))
	println(len("\xff\xfe"), "\xe4\xb8\x96" == "世")
	cr := `a` + "\r" + `b`
	println(len(cr))
	println("日本\u8a9e")
}
