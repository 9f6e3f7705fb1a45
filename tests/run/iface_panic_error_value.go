// panic with an error value prints its Error() text; a plain value of a
// named type prints as main.T(value).
package main

type ParseError struct {
	line int
	msg  string
}

func (e *ParseError) Error() string { return "parse error: " + e.msg }

func parse(s string) error {
	if len(s) > 3 {
		return &ParseError{1, "too long: " + s}
	}
	return nil
}

func main() {
	for _, s := range []string{"ab", "abc", "abcdef"} {
		if err := parse(s); err != nil {
			panic(err)
		}
		println("ok", s)
	}
}
