#!/usr/bin/env python3
"""measure.py: count go1.19's heap allocations for allocs/ tests.

    python3 tests/allocs/measure.py tests/allocs/NAME.go...

For each program: make a Go copy in a temporary folder whose main is
renamed main_ and wrapped by a new main that brackets it with
runtime.ReadMemStats (`import "runtime"` added after the package clause),
build it with go1.19 (`-gcflags=-l`, since goesc does not inline and the
counts must follow go1.19's -m -l decisions; the default build with
inlining is shown too, for information), run it, and print the
difference of MemStats.Mallocs and TotalAlloc over main_.  MemStats
counts tiny-allocator objects one by one, as GOESCDEBUG=memstats=1 does.
The `// ALLOCS: mallocs=N` line of the test is compared with the -l
count and reported; with --write the line is (re)written from it.
The counts thus come from go1.19, never from goesc or by hand."""

import os
import re
import shutil
import subprocess
import sys
import tempfile

GO = os.environ.get("GO", "/usr/lib/go-1.19/bin/go")
ALLOCS = re.compile(r"^// ALLOCS: mallocs=(\d+)$", re.M)

WRAPPER = """
func main() {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	main_()
	runtime.ReadMemStats(&after)
	println("MEASURE", after.Mallocs-before.Mallocs, after.TotalAlloc-before.TotalAlloc)
}
"""


def instrument(src):
    if src.count("\nfunc main() {") != 1 or "\nimport" in src:
        raise SystemExit("need exactly one `func main() {` and no imports")
    src = re.sub(r"^package main\n", 'package main\n\nimport "runtime"\n', src, count=1, flags=re.M)
    return src.replace("\nfunc main() {", "\nfunc main_() {") + WRAPPER


def measure(path, gcflags):
    d = tempfile.mkdtemp(prefix="measure-")
    try:
        with open(path) as f:
            src = instrument(f.read())
        with open(os.path.join(d, "m.go"), "w") as f:
            f.write(src)
        env = dict(os.environ, GO111MODULE="off", GOFLAGS="",
                   GOPATH=os.path.join(d, "gopath"),
                   GOCACHE=os.environ.get("GOCACHE", os.path.join(d, "gocache")))
        argv = [GO, "build", "-o", "prog"] + (["-gcflags=" + gcflags] if gcflags else []) + ["m.go"]
        p = subprocess.run(argv, cwd=d, env=env, capture_output=True, text=True)
        if p.returncode != 0:
            raise SystemExit("%s: go build failed:\n%s" % (path, p.stderr))
        # GOGC=off: a collection during the run allocates runtime objects
        # of its own (create_pointer.go shows 5 more with GC on).
        p = subprocess.run([os.path.join(d, "prog")], cwd=d, capture_output=True, text=True,
                           env=dict(os.environ, GOGC="off"))
        m = re.search(r"^MEASURE (\d+) (\d+)$", p.stderr, re.M)
        if p.returncode != 0 or not m:
            raise SystemExit("%s: run failed:\n%s" % (path, p.stdout + p.stderr))
        return int(m.group(1)), int(m.group(2))
    finally:
        shutil.rmtree(d, ignore_errors=True)


def main():
    args = sys.argv[1:]
    write = "--write" in args
    args = [a for a in args if a != "--write"]
    if not args:
        sys.exit(__doc__)
    bad = 0
    for path in args:
        mallocs, nbytes = measure(path, "-l")
        inl, _ = measure(path, "")
        with open(path) as f:
            text = f.read()
        m = ALLOCS.search(text)
        have = int(m.group(1)) if m else None
        status = "ok" if have == mallocs else "MISMATCH (file says %s)" % have
        print("%s: mallocs=%d bytes=%d (with inlining: mallocs=%d) %s" %
              (path, mallocs, nbytes, inl, status))
        if write and have != mallocs:
            line = "// ALLOCS: mallocs=%d" % mallocs
            if m:
                text = text[:m.start()] + line + text[m.end():]
            else:
                text = re.sub(r"^package main\n", "package main\n\n%s\n" % line, text,
                              count=1, flags=re.M)
            with open(path, "w") as f:
                f.write(text)
        elif have != mallocs:
            bad += 1
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
