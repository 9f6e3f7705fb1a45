#!/usr/bin/env python3
"""record_outputs.py: (re)generate tests/run/*.out from go1.19.

The .out files are the expected behaviour of the run tests, and they must
only ever come from this script, which builds and runs each program with
go1.19 (never with goesc): the program's stdout and stderr merged, the
panic traceback cut after the "goroutine " (or "runtime stack:") line,
"[signal " and "runtime: sp=" lines dropped,
and "exit status N" appended when the status is not zero (the same
normalisation as run_tests.py).  Never edit a .out file by hand.

    python3 tests/record_outputs.py                 # record every run test
    python3 tests/record_outputs.py int_wrap slices # only these
    python3 tests/record_outputs.py --check         # verify, write nothing
"""

import argparse
import concurrent.futures
import os
import shutil
import sys
import tempfile

sys.dont_write_bytecode = True  # no __pycache__ next to the tests
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import run_tests as rt  # noqa: E402


def record(go, env, root, src):
    """go1.19's normalised output for src, or raise rt.Failure."""
    d = tempfile.mkdtemp(dir=root)
    f = os.path.basename(src)
    shutil.copyfile(src, os.path.join(d, f))
    st, out, err = rt.run_cmd([go, "build", "-o", "prog", f], d, rt.BUILD_TIMEOUT, env=env)
    if st != 0:
        raise rt.Failure("go build failed: %s" % rt.one_line(err.strip()))
    st, out, _ = rt.run_cmd([os.path.join(d, "prog")], d, rt.RUN_TIMEOUT, merge=True)
    if st < 0:
        raise rt.Failure("program %s" % rt.status_text(st))
    return rt.normalize_output(out, st)


def main():
    ap = argparse.ArgumentParser(description="Record tests/run/*.out from go1.19.")
    ap.add_argument("names", nargs="*", help="test names (default: all run tests)")
    ap.add_argument("--go", default=rt.DEFAULT_GO, help="the go1.19 binary")
    ap.add_argument("--check", action="store_true", help="verify only, write nothing")
    ap.add_argument("-j", type=int, default=2, help="parallel jobs (default 2)")
    args = ap.parse_args()
    if not os.path.isfile(args.go):
        sys.exit("record_outputs.py: %s not found: .out files come only from go1.19" % args.go)
    rundir = os.path.join(os.path.dirname(os.path.abspath(__file__)), "run")
    if args.names:
        srcs = [os.path.join(rundir, n[:-3] if n.endswith(".go") else n) + ".go" for n in args.names]
    else:
        srcs = sorted(os.path.join(rundir, f) for f in os.listdir(rundir) if f.endswith(".go"))
    root = tempfile.mkdtemp(prefix="goesc-record-")
    env = rt.go_env(root)
    bad = 0
    try:
        def job(src):
            try:
                return src, record(args.go, env, root, src), None
            except rt.Failure as e:
                return src, None, e.msg
        with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.j)) as ex:
            for src, out, err in ex.map(job, srcs):
                name = os.path.basename(src)[:-3]
                if err:
                    print("FAIL %s: %s" % (name, err))
                    bad += 1
                    continue
                outp = src[:-3] + ".out"
                old = None
                if os.path.exists(outp):
                    with open(outp, encoding="utf-8", errors="replace") as f:
                        old = f.read()
                if args.check:
                    if old != out:
                        print("FAIL %s: %s" % (name, "missing .out" if old is None else
                                               rt.first_difference(old, out)))
                        bad += 1
                elif old != out:
                    with open(outp, "w", encoding="utf-8") as f:
                        f.write(out)
                    print("wrote %s" % os.path.relpath(outp))
    finally:
        shutil.rmtree(root, ignore_errors=True)
    print("%d ok, %d bad" % (len(srcs) - bad, bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
