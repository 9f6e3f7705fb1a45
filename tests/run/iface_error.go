// The predeclared error interface: custom error types, nil errors,
// pointer and value receivers, errors passed and returned through calls.
package main

type NotFound struct{ key string }

func (e NotFound) Error() string { return "not found: " + e.key }

type Temporary struct {
	msg   string
	tries int
}

func (e *Temporary) Error() string { return e.msg }

type errString string

func (e errString) Error() string { return string(e) }

func lookup(k string) (int, error) {
	switch k {
	case "a":
		return 1, nil
	case "b":
		return 0, &Temporary{"busy", 3}
	case "c":
		return 0, errString("bad key c")
	}
	return 0, NotFound{k}
}

func wrap(err error) error {
	if err == nil {
		return nil
	}
	return errString("wrapped: " + err.Error())
}

func main() {
	for _, k := range []string{"a", "b", "c", "zz"} {
		v, err := lookup(k)
		if err != nil {
			println(k, "error:", err.Error())
			if t, ok := err.(*Temporary); ok {
				println("  temporary, tries", t.tries)
			}
			if nf, ok := err.(NotFound); ok {
				println("  missing key", nf.key)
			}
			println("  ", wrap(err).Error())
			continue
		}
		println(k, "=", v, wrap(err) == nil)
	}
	var e error
	println(e == nil)
	e = errString("x")
	println(e != nil, e == errString("x"), e == error(errString("y")))
	var e2 error = NotFound{"q"}
	var e3 error = NotFound{"q"}
	println(e2 == e3)
	var i interface{} = e2
	_, isErr := i.(error)
	println(isErr)
	_, isErr = interface{}(5).(error)
	println(isErr)
}
