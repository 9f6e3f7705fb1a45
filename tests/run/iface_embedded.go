// Embedded interfaces: the method set is the union; a bigger interface
// converts implicitly to a smaller one it embeds.
package main

type Reader interface{ Read() string }
type Writer interface{ Write(s string) int }
type ReadWriter interface {
	Reader
	Writer
}
type ReadWriteCloser interface {
	ReadWriter
	Close() bool
}

type File struct {
	data   string
	closed bool
}

func (f *File) Read() string { return f.data }
func (f *File) Write(s string) int {
	f.data += s
	return len(f.data)
}
func (f *File) Close() bool {
	was := f.closed
	f.closed = true
	return !was
}

func useReader(r Reader) { println("read:", r.Read()) }
func useWriter(w Writer, s string) { println("wrote, len now", w.Write(s)) }

func main() {
	f := &File{data: "a"}
	var rwc ReadWriteCloser = f
	useWriter(rwc, "bc")
	useReader(rwc)
	var rw ReadWriter = rwc
	useWriter(rw, "def")
	var r Reader = rw
	useReader(r)
	println("close", rwc.Close(), rwc.Close())
	var w Writer = rw
	println(w.Write("!"), f.data)
	// an interface value assigned to a smaller interface keeps its dynamic value
	rw2, ok := r.(ReadWriter)
	println(ok, rw2.Read())
	_, ok = w.(ReadWriteCloser)
	println(ok)
}
