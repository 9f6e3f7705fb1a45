// error values: returning &E{}, a named string error, nil errors, and
// errors passed to functions that call Error().
package main

type MyErr struct {
	code int
	msg  string
}

func (e *MyErr) Error() string { return e.msg } // ERROR "leaking param: e to result ~r0 level=1$"

type strErr string

func (e strErr) Error() string { return string(e) } // ERROR "leaking param: e to result ~r0 level=0$"

type valErr struct{ code int }

func (e valErr) Error() string { return "valErr" }

var lastErr error

func newPtr(code int) error {
	return &MyErr{code, "ptr"} // ERROR "&MyErr\{\.\.\.\} escapes to heap$"
}

func newStr(s string) error { // ERROR "leaking param: s$"
	return strErr(s) // ERROR "strErr\(s\) escapes to heap$"
}

func newVal(code int) error {
	return valErr{code} // ERROR "valErr\{\.\.\.\} escapes to heap$"
}

func maybe(fail bool) error {
	if fail {
		return valErr{1} // ERROR "valErr\{\.\.\.\} escapes to heap$"
	}
	return nil
}

func message(err error) string { // ERROR "leaking param: err$"
	return err.Error()
}

func record(err error) { // ERROR "leaking param: err$"
	lastErr = err
}

func isNil(err error) bool { // ERROR "err does not escape$"
	return err == nil
}

func local() string {
	e := MyErr{1, "local"}
	var err error = &e
	return err.Error() // ERROR "devirtualizing err\.Error to \*MyErr$"
}

func main() {
	_ = newPtr(1)
	_ = newStr("s")
	_ = newVal(2)
	_ = maybe(true)
	_ = message(nil)
	record(nil)
	_ = isNil(nil)
	_ = local()
}
