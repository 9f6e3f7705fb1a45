#!/usr/bin/env python3
"""run_tests.py: the goesc test suite, one runner for every category.

Categories (each test runs in its own temporary folder, on a copy of its
source, so nothing is ever written next to the sources):

  run/NAME.go + NAME.out  build with goesc, run, compare the merged
                          stdout+stderr and the exit status with NAME.out;
                          `// MAXRSS_MB: N` also bounds goesc's peak RSS
  errors/NAME.go          invalid programs with `// ERROR "re"` annotations,
                          checked Go's errorcheck way against goesc build
  escape/NAME.go          the same annotations against goesc build -m -l
  gcstress/NAME           each run/ program again, run with
                          GOESCDEBUG=gcstress=1 (a collection at every
                          allocation, freed memory poisoned): its output
                          must still equal NAME.out (--no-gcstress skips)
  allocs/NAME.go          `// ALLOCS[ -heap]: mallocs=N` lines: the heap
                          allocations GOESCDEBUG=memstats=1 reports for the
                          default (or -heap) build; go1.19 must run it
  unsupported/NAME.go     valid Go outside goesc's language: goesc must
                          reject it (exit 1) with the annotated
                          `unsupported: ...` messages, never compile it
  go/...                  the differential pass against go1.19 (when
                          installed): run tests must reproduce their .out,
                          error tests' annotations must hold for go1.19's
                          messages, escape tests' -m -l output must equal
                          goesc's (as a set of lines), their -m=2 -l output
                          too (go/escape-m2/NAME: every line, in order),
                          and goesc -json=DIR must write go1.19's
                          -json=0,DIR escape diagnostics (go/escape-json/NAME),
                          unsupported tests must build
  robust/...              generated inputs (deep nesting, random bytes,
                          random token sequences, corpus files with random
                          token edits): goesc must exit 0 or 1 with
                          well-formed diagnostics, never crash or hang
  cmd/...                 a few command-line behaviours (and the IR of
                          constant literals: static data)

Failures print one `FAIL name: explanation` line each (-v adds diffs and
passing tests); the last line is always `N passed, N failed`, and the exit
status is 1 when anything failed.  Only the standard library is used.
"""

import argparse
import concurrent.futures
import difflib
import os
import random
import re
import selectors
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time

DEFAULT_GO = "/usr/lib/go-1.19/bin/go"
RUN_TIMEOUT = 10        # seconds for a test program
BUILD_TIMEOUT = 60      # seconds for one goesc or go build
ROBUST_TIMEOUT = 10     # seconds for one goesc run on a generated input
MAX_OUTPUT = 4 << 20    # bytes of output a command may write

GCSTRESS_TIMEOUT = 30   # seconds for a run/ program under gcstress
# run/ programs left out of the gcstress pass, with the reason.
GCSTRESS_SKIP = {
}
# run/ programs that collect at every Nth allocation only (gcstress=N),
# with the reason: each collection marks a large live set.
GCSTRESS_EVERY = {
    "gc_churn_2gb": (10, "2,000,000 allocations"),
    "gc_closures": (5, "114,000 allocations, 2,000 live closures"),
    "gc_interior_pointers": (5, "600,000 allocations"),
    "gc_deep_trees": (300, "755,000 allocations, 230,000 live nodes"),
    "gc_linked_list": (2000, "2,000,000 allocations, 500,000 live nodes"),
    "gc_slice_of_pointers": (500, "600,000 allocations, 100,000 live items"),
}
# `// MAXRSS_MB: N` in a run/ program: goesc's binary must peak below N MiB.
MAXRSS_RE = re.compile(r"^// MAXRSS_MB: (\d+)$", re.M)

# A diagnostic line: PATH:LINE:COL: message.
DIAG_RE = re.compile(r"^(?P<path>[^\s:][^:]*):(?P<line>\d+):(?P<col>\d+): (?P<msg>.*)$")
# Sanitizer reports in goesc's own stderr.
SANITIZER_RE = re.compile(r"ERROR: \w*Sanitizer|runtime error:|"
                          r"SUMMARY: \w*Sanitizer")
# Go's errorcheck annotation and its quoted regexps (no escapes inside).
ERROR_RE = re.compile(r"// (?:GC_)?ERROR (.*)")
QUOTED_RE = re.compile(r'"([^"]*)"')
LINE_RE = re.compile(r"LINE([+-][0-9]+)?")
# An allocation-count expectation of an allocs/ test.
ALLOCS_RE = re.compile(r"^// ALLOCS( -heap)?: (mallocs|bytes)([=<>])(\d+)$", re.M)


class Failure(Exception):
    """A test failed: the message is its one-line explanation, detail
    (printed with -v) an optional multi-line diff."""

    def __init__(self, msg, detail=""):
        super().__init__(msg)
        self.msg = msg
        self.detail = detail


class Skip(Exception):
    """A test cannot run here (e.g. no go1.19); not counted as a failure."""


# ---------------------------------------------------------------------------
# Output normalisation (shared with record_outputs.py)

def normalize_output(text, status):
    """The .out form of a program's merged output and exit status.

    A panic's traceback after the "goroutine N [running]:" line differs
    between compilers, so everything after the first line starting with
    "goroutine " is cut (that line is kept), as is everything after a
    "runtime stack:" line (the traceback of a fatal error thrown on the
    system stack: stack overflow, a failed heap mapping); "[signal ..."
    and "runtime: sp=..." lines carry addresses and are dropped.  A
    non-zero status adds a final line "exit status N"."""
    lines = text.split("\n")
    kept = []
    cut = False
    for i, line in enumerate(lines):
        if line.startswith("[signal ") or line.startswith("runtime: sp="):
            continue
        kept.append(line)
        if ((line.startswith("goroutine ") or line == "runtime stack:")
                and i < len(lines) - 1):
            cut = True
            break
    out = "\n".join(kept)
    if cut:
        out += "\n"
    if status != 0:
        if out and not out.endswith("\n"):
            out += "\n"
        out += "exit status %d\n" % status
    return out


def go_env(root, cache=None):
    """The environment go1.19 needs: writable caches, GOPATH mode."""
    env = dict(os.environ)
    env["GOCACHE"] = cache or os.path.join(root, "gocache")
    env["GOPATH"] = os.path.join(root, "gopath")
    env["GO111MODULE"] = "off"
    env["GOFLAGS"] = ""
    env.pop("GOROOT", None)
    os.makedirs(env["GOCACHE"], exist_ok=True)
    os.makedirs(env["GOPATH"], exist_ok=True)
    return env


def decode(b):
    return b.decode("utf-8", errors="replace")


def run_cmd(argv, cwd, timeout, env=None, merge=False, limit=MAX_OUTPUT):
    """Run argv with stdin from /dev/null; return (status, stdout, stderr)
    as text.  status is the exit status, or -SIG when killed by a signal.
    With merge, stderr goes into stdout's pipe.  A timeout, or output
    beyond limit bytes, kills the whole process group and raises Failure."""
    try:
        p = subprocess.Popen(
            argv, cwd=cwd, env=env, stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT if merge else subprocess.PIPE,
            start_new_session=True)
    except OSError as e:
        raise Failure("cannot run %s: %s" % (argv[0], e))
    bufs = {p.stdout: bytearray()}
    if not merge:
        bufs[p.stderr] = bytearray()
    sel = selectors.DefaultSelector()
    for f in bufs:
        sel.register(f, selectors.EVENT_READ)
    deadline = time.monotonic() + timeout
    problem = None
    try:
        while sel.get_map():
            left = deadline - time.monotonic()
            if left <= 0:
                problem = "%s timed out after %d s" % (os.path.basename(argv[0]), timeout)
                break
            for key, _ in sel.select(min(left, 1.0)):
                chunk = os.read(key.fd, 65536)
                if not chunk:
                    sel.unregister(key.fileobj)
                    continue
                bufs[key.fileobj] += chunk
                if sum(len(b) for b in bufs.values()) > limit:
                    problem = "%s wrote more than %d bytes" % (os.path.basename(argv[0]), limit)
            if problem:
                break
        if problem:
            try:
                os.killpg(p.pid, signal.SIGKILL)
            except OSError:
                pass
        try:
            status = p.wait(timeout=max(1.0, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            try:
                os.killpg(p.pid, signal.SIGKILL)
            except OSError:
                pass
            status = p.wait()
            problem = problem or "%s timed out after %d s" % (os.path.basename(argv[0]), timeout)
    finally:
        sel.close()
        for f in bufs:
            f.close()
    if problem:
        raise Failure(problem, decode(bytes(bufs[p.stdout]))[-2000:])
    err = decode(bytes(bufs[p.stderr])) if not merge else ""
    return status, decode(bytes(bufs[p.stdout])), err


def status_text(status):
    if status < 0:
        try:
            name = signal.Signals(-status).name
        except ValueError:
            name = "signal %d" % -status
        return "killed by %s" % name
    return "exit status %d" % status


def one_line(s, limit=160):
    s = s.replace("\n", "\\n").replace("\t", "\\t")
    return s if len(s) <= limit else s[:limit] + "..."


def first_difference(want, got):
    """A one-line description of the first differing line."""
    wl, gl = want.split("\n"), got.split("\n")
    for i in range(max(len(wl), len(gl))):
        w = wl[i] if i < len(wl) else "<end>"
        g = gl[i] if i < len(gl) else "<end>"
        if w != g:
            return "line %d: want %r, got %r" % (i + 1, one_line(w, 70), one_line(g, 70))
    return "outputs differ"


def udiff(want, got, a="want", b="got"):
    return "".join(difflib.unified_diff(
        want.splitlines(True), got.splitlines(True), a, b))


def check_sanitizer(stderr, what="goesc"):
    m = SANITIZER_RE.search(stderr)
    if m:
        line = next((l for l in stderr.split("\n") if m.group(0) in l), m.group(0))
        raise Failure("%s: sanitizer report: %s" % (what, one_line(line)), stderr)


# ---------------------------------------------------------------------------
# Errorcheck annotations

def parse_annotations(src, short):
    """Map line number -> list of (regexp text, compiled regexp).  As in
    Go's test/run.go: a line containing "////" is ignored, the regexps are
    the "..." strings after "// ERROR " (no escapes inside: write . for a
    quote), and LINE, LINE+n, LINE-n become "short:N"."""
    want = {}
    for n, line in enumerate(src.split("\n"), 1):
        if "////" in line:
            continue
        m = ERROR_RE.search(line)
        if not m:
            continue
        res = QUOTED_RE.findall(m.group(1))
        if not res:
            raise Failure("line %d: // ERROR without a quoted regexp" % n)
        for rx in res:
            rx = LINE_RE.sub(lambda lm: "%s:%d" % (short, n + int(lm.group(1) or 0)), rx)
            try:
                want.setdefault(n, []).append((rx, re.compile(rx)))
            except re.error as e:
                raise Failure("line %d: bad regexp %r: %s" % (n, rx, e))
    return want


def parse_diagnostics(text, path):
    """Split compiler output into messages [(line, col, text)].  Lines that
    start with a tab continue the previous message.  Every other line must
    have the PATH:LINE:COL: shape with PATH == path; violations are
    returned as a list of problems."""
    msgs, problems = [], []
    for raw in text.split("\n"):
        m = DIAG_RE.match(raw)
        if msgs and (raw.startswith("\t") or (not m and "`" in msgs[-1][2])):
            # A continuation line; or, as go1.19 does, a syntax error quoting
            # a raw string literal verbatim, newlines included ("unexpected
            # literal `...`"): its following lines belong to the message.
            ln, col, t = msgs[-1]
            msgs[-1] = (ln, col, t + "\n" + raw)
            continue
        if raw == "":
            continue
        if not m:
            problems.append("malformed diagnostic line %r" % one_line(raw, 100))
            continue
        if m.group("path") != path:
            problems.append("diagnostic path %r, want %r" % (m.group("path"), path))
            continue
        msgs.append((int(m.group("line")), int(m.group("col")), m.group("msg")))
    return msgs, problems


def errorcheck(want, msgs):
    """Go's errorcheck rules: every regexp on a line matches at least one
    message reported on that line; every message is matched by some regexp
    of its line.  Returns a list of problems (empty when satisfied)."""
    problems = []
    by_line = {}
    for ln, col, text in msgs:
        by_line.setdefault(ln, []).append((col, text))
    for ln in sorted(want):
        left = by_line.get(ln, [])
        if not left:
            for rx, _ in want[ln]:
                problems.append("line %d: missing error %r" % (ln, rx))
            continue
        for rx, cre in want[ln]:
            matched = [e for e in left if cre.search(e[1])]
            if not matched:
                if left:
                    problems.append("line %d: no match for %r in %s" % (
                        ln, rx, " | ".join(one_line(t, 80) for _, t in left)))
                else:
                    problems.append("line %d: missing error %r (the line's messages "
                                    "were all matched by other regexps)" % (ln, rx))
                continue
            left = [e for e in left if not cre.search(e[1])]
        by_line[ln] = left
    for ln in sorted(by_line):
        for col, text in by_line[ln]:
            problems.append("line %d:%d: unmatched error %r" % (ln, col, one_line(text, 100)))
    return problems


def drop_go_header(text):
    return "\n".join(l for l in text.split("\n") if not l.startswith("# command-line-arguments"))


# ---------------------------------------------------------------------------
# The runner

class Runner:
    def __init__(self, args):
        self.args = args
        self.goesc = os.path.abspath(args.goesc) if args.goesc else None
        self.go = args.go
        self.root = tempfile.mkdtemp(prefix="goesc-tests-")
        self.env_go = go_env(self.root, args.gocache) if self.have_go() else None
        self.lock = threading.Lock()
        self.counter = 0
        self.save_dir = args.save_dir

    def have_go(self):
        return bool(self.go) and os.path.isfile(self.go) and os.access(self.go, os.X_OK)

    def tmpdir(self, name):
        with self.lock:
            self.counter += 1
            n = self.counter
        d = os.path.join(self.root, "%04d-%s" % (n, re.sub(r"[^A-Za-z0-9_.-]", "_", name)))
        os.makedirs(d)
        return d

    def copy_src(self, src, d):
        dst = os.path.join(d, os.path.basename(src))
        shutil.copyfile(src, dst)
        return os.path.basename(src)

    def save_failing(self, name, data):
        """Keep a failing generated input where the user can find it."""
        os.makedirs(self.save_dir, exist_ok=True)
        path = os.path.join(self.save_dir, re.sub(r"[^A-Za-z0-9_.-]", "_", name) + ".go")
        with open(path, "wb") as f:
            f.write(data)
        return path

    # --- goesc helpers ----------------------------------------------------

    def goesc_build(self, d, fname, extra=(), timeout=BUILD_TIMEOUT):
        if not self.goesc or not os.path.isfile(self.goesc):
            raise Failure("goesc not found at %s" % self.goesc)
        return run_cmd([self.goesc, "build"] + list(extra) + ["-o", "prog", fname],
                       d, timeout)

    # --- run tests --------------------------------------------------------

    def read_out(self, src):
        outp = src[:-3] + ".out"
        if not os.path.exists(outp):
            raise Failure("missing %s (record it with tests/record_outputs.py)" %
                          os.path.basename(outp))
        with open(outp, encoding="utf-8", errors="replace") as f:
            return f.read()

    def run_program(self, d):
        status, out, _ = run_cmd([os.path.join(d, "prog")], d, RUN_TIMEOUT, merge=True)
        return status, out

    def compare_run(self, want, status, out, who):
        if status < 0:
            raise Failure("%s program %s" % (who, status_text(status)), out)
        got = normalize_output(out, status)
        if got != want:
            raise Failure("%s output differs: %s" % (who, first_difference(want, got)),
                          udiff(want, got))

    def t_run(self, src):
        want = self.read_out(src)
        d = self.tmpdir("run-" + os.path.basename(src))
        f = self.copy_src(src, d)
        st, out, err = self.goesc_build(d, f)
        check_sanitizer(err)
        if st != 0:
            raise Failure("goesc build: %s: %s" % (status_text(st), one_line(err.strip())), err)
        status, out = self.run_program(d)
        self.compare_run(want, status, out, "goesc")
        with open(src, encoding="utf-8", errors="replace") as fh:
            m = MAXRSS_RE.search(fh.read())
        if m:
            self.check_maxrss(os.path.join(d, "prog"), d, int(m.group(1)))

    def check_maxrss(self, exe, d, limit_mb):
        with open(os.devnull, "wb") as null:
            p = subprocess.Popen([exe], cwd=d, stdout=null, stderr=null)
            try:
                _, _, ru = os.wait4(p.pid, 0)
            finally:
                p.returncode = 0
        if ru.ru_maxrss > limit_mb * 1024:
            raise Failure("peak RSS %.1f MiB, limit %d MiB" % (ru.ru_maxrss / 1024, limit_mb))

    def t_gcstress(self, src):
        base = os.path.basename(src)[:-3]
        if base in GCSTRESS_SKIP:
            raise Skip(GCSTRESS_SKIP[base])
        want = self.read_out(src)
        d = self.tmpdir("gcstress-" + os.path.basename(src))
        f = self.copy_src(src, d)
        st, out, err = self.goesc_build(d, f)
        check_sanitizer(err)
        if st != 0:
            raise Failure("goesc build: %s: %s" % (status_text(st), one_line(err.strip())), err)
        every = GCSTRESS_EVERY.get(base, (1, ""))[0]
        env = dict(os.environ, GOESCDEBUG="gcstress=%d" % every)
        env.pop("GOGC", None)
        status, out, _ = run_cmd([os.path.join(d, "prog")], d, GCSTRESS_TIMEOUT,
                                 env=env, merge=True)
        self.compare_run(want, status, out, "goesc (gcstress)")

    def t_go_run(self, src):
        want = self.read_out(src)
        d = self.tmpdir("gorun-" + os.path.basename(src))
        f = self.copy_src(src, d)
        st, out, err = run_cmd([self.go, "build", "-o", "prog", f], d, BUILD_TIMEOUT,
                               env=self.env_go)
        if st != 0:
            raise Failure("go build: %s: %s" % (status_text(st), one_line(err.strip())), err)
        status, out = self.run_program(d)
        self.compare_run(want, status, out, "go1.19")

    # --- error tests ------------------------------------------------------

    def check_errors(self, src, output, who):
        with open(src, encoding="utf-8", errors="replace") as fh:
            want = parse_annotations(fh.read(), os.path.basename(src))
        if not want:
            raise Failure("no // ERROR annotations in the test")
        path = "./" + os.path.basename(src)
        msgs, problems = parse_diagnostics(output, path)
        problems += errorcheck(want, msgs)
        if problems:
            raise Failure("%s: %s" % (who, "; ".join(problems)), output)

    def t_errors(self, src):
        d = self.tmpdir("err-" + os.path.basename(src))
        f = self.copy_src(src, d)
        st, out, err = self.goesc_build(d, f)
        check_sanitizer(err)
        if st != 1:
            raise Failure("goesc build: %s, want exit status 1: %s" %
                          (status_text(st), one_line(err.strip())), err)
        self.check_errors(src, out + err, "goesc")

    def t_go_errors(self, src):
        d = self.tmpdir("goerr-" + os.path.basename(src))
        f = self.copy_src(src, d)
        st, out, err = run_cmd([self.go, "build", "-o", "prog", f], d, BUILD_TIMEOUT,
                               env=self.env_go)
        if st == 0:
            raise Failure("go1.19 accepts the program")
        self.check_errors(src, drop_go_header(out + err), "go1.19")

    # --- unsupported tests -------------------------------------------------

    def t_unsupported(self, src):
        # the same check as an error test: exit status 1, annotations hold
        self.t_errors(src)

    def t_go_unsupported(self, src):
        d = self.tmpdir("gounsup-" + os.path.basename(src))
        f = self.copy_src(src, d)
        st, out, err = run_cmd([self.go, "build", "-o", "prog", f], d, BUILD_TIMEOUT,
                               env=self.env_go)
        if st != 0:
            raise Failure("go1.19 rejects the program: %s" % one_line((out + err).strip()),
                          out + err)

    # --- allocation counts ------------------------------------------------

    def t_allocs(self, src):
        with open(src, encoding="utf-8") as fh:
            specs = ALLOCS_RE.findall(fh.read())
        if not specs:
            raise Failure("no // ALLOCS: lines in the test")
        d = self.tmpdir("allocs-" + os.path.basename(src))
        f = self.copy_src(src, d)
        env = dict(os.environ, GOESCDEBUG="memstats=1")
        for mode, key, op, want in specs:
            extra = ["-heap"] if mode else []
            st, out, err = self.goesc_build(d, f, extra)
            check_sanitizer(err)
            if st != 0:
                raise Failure("goesc build %s: %s: %s" % (" ".join(extra), status_text(st),
                                                         one_line(err.strip())), err)
            st, out, _ = run_cmd([os.path.join(d, "prog")], d, RUN_TIMEOUT, env=env,
                                 merge=True)
            if st != 0:
                raise Failure("program built with %s exited: %s" %
                              (mode or "defaults", status_text(st)), out)
            m = re.search(r"^memstats: .*\b%s=(\d+)" % key, out, re.M)
            if not m:
                raise Failure("no memstats line with %s" % key, out)
            got, want = int(m.group(1)), int(want)
            if not {"=": got == want, ">": got > want, "<": got < want}[op]:
                raise Failure("%s build: %s=%d, want %s%d" % (mode or "default", key, got,
                                                              op, want))

    def t_go_allocs(self, src):
        d = self.tmpdir("goallocs-" + os.path.basename(src))
        f = self.copy_src(src, d)
        st, out, err = run_cmd([self.go, "run", f], d, BUILD_TIMEOUT, env=self.env_go,
                               merge=True)
        if st != 0:
            raise Failure("go run: %s" % status_text(st), out)

    # --- escape tests -----------------------------------------------------

    def goesc_escape(self, src):
        d = self.tmpdir("esc-" + os.path.basename(src))
        f = self.copy_src(src, d)
        st, out, err = self.goesc_build(d, f, ["-m", "-l"])
        check_sanitizer(err)
        if st != 0:
            raise Failure("goesc build -m -l: %s: %s" % (status_text(st), one_line(err.strip())), err)
        return out + err

    def go_escape(self, src):
        d = self.tmpdir("goesc-" + os.path.basename(src))
        f = self.copy_src(src, d)
        st, out, err = run_cmd([self.go, "build", "-gcflags=-m -l", "-o", "prog", f],
                               d, BUILD_TIMEOUT, env=self.env_go)
        if st != 0:
            raise Failure("go build -gcflags='-m -l': %s: %s" %
                          (status_text(st), one_line(err.strip())), err)
        return drop_go_header(out + err)

    def t_escape(self, src):
        self.check_errors(src, self.goesc_escape(src), "goesc -m -l")

    def t_go_escape_m2(self, src):
        """go1.19's whole -m=2 -l output, flow explanations included,
        must come out of goesc line for line, in the same order."""
        d = self.tmpdir("goesc-m2-" + os.path.basename(src))
        f = self.copy_src(src, d)
        st, out, err = run_cmd([self.go, "build", "-gcflags=-m=2 -l", "-o", "prog", f],
                               d, BUILD_TIMEOUT, env=self.env_go)
        if st != 0:
            raise Failure("go build -gcflags='-m=2 -l': %s: %s" %
                          (status_text(st), one_line(err.strip())), err)
        want = drop_go_header(out + err).strip("\n")
        st, out, err = self.goesc_build(d, f, ["-m=2", "-l"])
        check_sanitizer(err)
        if st != 0:
            raise Failure("goesc build -m=2 -l: %s: %s" % (status_text(st), one_line(err.strip())),
                          err)
        got = (out + err).strip("\n")
        if want != got:
            raise Failure("-m=2 -l output differs from go1.19: %s" % first_difference(want, got),
                          udiff(want + "\n", got + "\n", "go1.19", "goesc"))

    # gc's -json also logs SSA-level facts (nilcheck, isInBounds, ...)
    # that goesc has no counterpart for; the escape pass logs these codes.
    JSON_CODES = ("escape", "escapes", "leak")

    def read_json_dir(self, top, keep_all):
        """{relative path: [lines]} of a -json=DIR tree, gc_version masked
        and non-escape diagnostics dropped (unless keep_all)."""
        res = {}
        for dp, _, names in os.walk(top):
            for n in names:
                p = os.path.join(dp, n)
                with open(p, encoding="utf-8", errors="replace") as fh:
                    lines = fh.read().split("\n")
                keep = []
                for i, l in enumerate(lines):
                    if not l:
                        continue
                    if i == 0:
                        l = re.sub(r'"gc_version":"[^"]*"', '"gc_version":"-"', l)
                    elif not keep_all:
                        m = re.search(r'"code":"([^"]*)"', l)
                        if m and m.group(1) not in self.JSON_CODES:
                            continue
                    keep.append(l)
                if len(keep) > 1 or keep_all:  # (gc's file may hold only SSA facts)
                    res[os.path.relpath(p, top)] = keep
        return res

    def t_go_escape_json(self, src):
        """goesc -json=DIR writes the files, header and escape diagnostics
        (explanations as relatedInformation) of go1.19's -json=0,DIR."""
        d = self.tmpdir("goesc-json-" + os.path.basename(src))
        f = self.copy_src(src, d)
        gdir, edir = os.path.join(d, "json-go"), os.path.join(d, "json-goesc")
        st, out, err = run_cmd([self.go, "build", "-gcflags=-l -json=0," + gdir, "-o", "prog", f],
                               d, BUILD_TIMEOUT, env=self.env_go)
        if st != 0:
            raise Failure("go build -gcflags='-l -json=0,DIR': %s: %s" %
                          (status_text(st), one_line(err.strip())), err)
        st, out, err = self.goesc_build(d, f, ["-l", "-json=" + edir])
        check_sanitizer(err)
        if st != 0:
            raise Failure("goesc build -json=DIR: %s: %s" % (status_text(st), one_line(err.strip())),
                          err)
        want = self.read_json_dir(gdir, False)
        got = self.read_json_dir(edir, True)
        if sorted(want) != sorted(got):
            raise Failure("-json files differ: go1.19 wrote %s, goesc %s" %
                          (sorted(want), sorted(got)))
        for name in sorted(want):
            if want[name] != got[name]:
                w, g = "\n".join(want[name]), "\n".join(got[name])
                raise Failure("-json %s differs from go1.19: %s" % (name, first_difference(w, g)),
                              udiff(w + "\n", g + "\n", "go1.19", "goesc"))

    def t_go_escape(self, src):
        gout = self.go_escape(src)
        self.check_errors(src, gout, "go1.19 -m -l")
        if self.args.no_goesc:
            return
        mine = self.goesc_escape(src)
        want = sorted(l for l in gout.split("\n") if l)
        got = sorted(l for l in mine.split("\n") if l)
        if want != got:
            missing = [l for l in want if l not in got]
            extra = [l for l in got if l not in want]
            parts = []
            if missing:
                parts.append("missing %s" % one_line(missing[0], 90))
            if extra:
                parts.append("extra %s" % one_line(extra[0], 90))
            raise Failure("-m -l output differs from go1.19 (%d missing, %d extra): %s" %
                          (len(missing), len(extra), "; ".join(parts)),
                          udiff("\n".join(want) + "\n", "\n".join(got) + "\n", "go1.19", "goesc"))

    # --- robustness -------------------------------------------------------

    def robust_one(self, name, data, d, want_exe=False, extra=("-emit=obj",)):
        """Compile one generated input; goesc must exit 0 or 1 with
        well-formed diagnostics.  Returns the exit status."""
        fname = "x.go"
        with open(os.path.join(d, fname), "wb") as f:
            f.write(data)
        try:
            if want_exe:
                st, out, err = self.goesc_build(d, fname, timeout=ROBUST_TIMEOUT * 6)
            else:
                if not self.goesc or not os.path.isfile(self.goesc):
                    raise Failure("goesc not found at %s" % self.goesc)
                st, out, err = run_cmd([self.goesc, "build"] + list(extra) +
                                       ["-o", "x.o", fname], d, ROBUST_TIMEOUT)
            problem = None
            m = SANITIZER_RE.search(err)
            if m:
                problem = "sanitizer report: %s" % one_line(
                    next((l for l in err.split("\n") if m.group(0) in l), m.group(0)))
            elif st not in (0, 1):
                problem = "goesc %s: %s" % (status_text(st), one_line(err.strip()[-200:]))
            elif st == 1:
                msgs, probs = parse_diagnostics(out + err, "./x.go")
                if probs:
                    problem = probs[0]
                elif not msgs:
                    problem = "exit status 1 without a diagnostic"
            if problem:
                raise Failure(problem, err)
            return st, out
        except Failure as e:
            path = self.save_failing(name, data)
            raise Failure("%s (input saved in %s)" % (e.msg, path), e.detail)

    def t_robust_parens(self, n):
        d = self.tmpdir("parens")
        src = "package main\n\nfunc main() {\n\tx := %s1%s\n\tprintln(x)\n}\n" % ("(" * n, ")" * n)
        st, _ = self.robust_one("robust-parens", src.encode(), d, want_exe=True)
        if st != 0:
            raise Failure("goesc rejected %d nested parentheses" % n)
        status, out = self.run_program(d)
        if status != 0 or out != "1\n":
            raise Failure("program printed %r with %s, want '1\\n'" % (one_line(out), status_text(status)))

    def t_robust_blocks(self, n):
        d = self.tmpdir("blocks")
        src = "package main\n\nfunc main() {\n%s\n%s\n}\n" % ("{" * n, "}" * n)
        st, _ = self.robust_one("robust-blocks", src.encode(), d, want_exe=True)
        if st != 0:
            raise Failure("goesc rejected %d nested blocks" % n)

    def t_robust_bytes(self, seed, printable):
        rng = random.Random(seed)
        if printable:
            alphabet = bytes(range(32, 127)) + b"\n\n\n\t"
            data = b"package main\n" + bytes(rng.choice(alphabet) for _ in range(3072))
        else:
            data = bytes(rng.getrandbits(8) for _ in range(3072))
        d = self.tmpdir("bytes%d" % seed)
        self.robust_one("robust-bytes-seed%d%s" % (seed, "-printable" if printable else ""),
                        data, d)

    def t_robust_tokens(self, seed, count):
        """count random token sequences (seed seed*100000+i each), one
        file and one goesc run per sequence, in one loop."""
        d = self.tmpdir("tokens%d" % seed)
        for i in range(count):
            s = seed * 100000 + i
            data = token_program(s).encode()
            self.robust_one("robust-tokens-seed%d" % s, data, d)

    def t_robust_mutations(self, srcs, per_file, seed):
        """Nearly valid programs, which reach the type checker and the code
        generator: each corpus file with a few random token edits."""
        d = self.tmpdir("mutations%d" % seed)
        for src in srcs:
            with open(src, encoding="utf-8", errors="replace") as f:
                text = f.read()
            for i in range(per_file):
                s = "%s:%d" % (os.path.basename(src), seed * 1000 + i)
                data = mutate(text, s).encode()
                self.robust_one("robust-mutation-%s-%d" % (os.path.basename(src)[:-3],
                                                          seed * 1000 + i), data, d)

    # --- command line -----------------------------------------------------

    def need_goesc(self):
        if not self.goesc or not os.path.isfile(self.goesc):
            raise Failure("goesc not found at %s" % self.goesc)

    def t_cmd_version(self):
        self.need_goesc()
        st, out, err = run_cmd([self.goesc, "version"], self.root, 10)
        if st != 0 or not (out + err).strip():
            raise Failure("goesc version: %s, output %r" % (status_text(st), one_line(out + err)))

    def t_cmd_usage(self):
        self.need_goesc()
        d = self.tmpdir("usage")
        with open(os.path.join(d, "x.go"), "w") as f:
            f.write("package main\n\nfunc main() {}\n")
        for argv in ([], ["build", "-nosuchflag", "x.go"], ["nosuchcommand"]):
            st, out, err = run_cmd([self.goesc] + argv, d, 10)
            check_sanitizer(err)
            if st != 2:
                raise Failure("goesc %s: %s, want exit status 2" % (" ".join(argv), status_text(st)))
            if not err.strip():
                raise Failure("goesc %s: no message on stderr" % " ".join(argv))

    def t_cmd_overwrite(self):
        self.need_goesc()
        d = self.tmpdir("overwrite")
        text = "package main\n\nfunc main() {\n\tprintln(1)\n}\n"
        for argv in (["build", "x.go", "-o", "x.go"], ["build", "-o", "x.go", "x.go"],
                     ["build", "-o", "./x.go", "x.go"], ["build", "-o", os.path.join(d, "x.go"), "x.go"]):
            with open(os.path.join(d, "x.go"), "w") as f:
                f.write(text)
            st, out, err = run_cmd([self.goesc] + argv, d, BUILD_TIMEOUT)
            check_sanitizer(err)
            with open(os.path.join(d, "x.go")) as f:
                now = f.read()
            if now != text:
                raise Failure("goesc %s destroyed the source file" % " ".join(argv))
            if st == 0:
                raise Failure("goesc %s: exit status 0, want an error" % " ".join(argv))
            if st < 0:
                raise Failure("goesc %s: %s" % (" ".join(argv), status_text(st)))

    def t_cmd_devnull(self):
        # `-o /dev/null` discards the program; the linker must never get to
        # replace the device (as root it would delete it).
        self.need_goesc()
        d = self.tmpdir("devnull")
        with open(os.path.join(d, "x.go"), "w") as f:
            f.write("package main\n\nfunc main() { println(1) }\n")
        st, out, err = run_cmd([self.goesc, "build", "-o", os.devnull, "x.go"], d, BUILD_TIMEOUT)
        check_sanitizer(err)
        if st != 0:
            raise Failure("goesc build -o /dev/null: %s: %s" % (status_text(st), one_line(err)))
        import stat
        if not stat.S_ISCHR(os.stat(os.devnull).st_mode):
            raise Failure("/dev/null is no longer a character device")

    def t_cmd_dot(self):
        # -dot=FUNC: FUNC's escape graph as Graphviz, the escaping literal
        # highlighted and its address-of edge labelled; unknown names are
        # a usage error.
        self.need_goesc()
        d = self.tmpdir("dot")
        with open(os.path.join(d, "x.go"), "w") as f:
            f.write("package main\n\ntype T struct{ a int }\n\n"
                    "func F(i int) *T {\n\tp := &T{i}\n\treturn p\n}\n\n"
                    "func main() { println(F(1).a) }\n")
        st, out, err = run_cmd([self.goesc, "build", "-o", "prog", "-dot=F", "x.go"], d,
                               BUILD_TIMEOUT)
        check_sanitizer(err)
        if st != 0:
            raise Failure("goesc build -dot=F: %s: %s" % (status_text(st), one_line(err)))
        want = ['digraph "F" {', "{storage for &T{...}}", 'fillcolor="#f4b6b6"',
                '[label="-1 (&)"', '[label="0"]', "~r0"]
        missing = [w for w in want if w not in out]
        if missing or not out.rstrip().endswith("}"):
            raise Failure("-dot=F output lacks %s" % missing, out)
        st, out, err = run_cmd([self.goesc, "build", "-o", "prog", "-dot=G", "x.go"], d,
                               BUILD_TIMEOUT)
        if st != 2 or "-dot=G" not in err:
            raise Failure("goesc build -dot=G (no such function): %s, stderr %r, want 2"
                          % (status_text(st), one_line(err)))

    def t_cmd_compare(self):
        # goesc compare builds twice in one process (it once reused the
        # first build's type descriptors and crashed): the table must show
        # the escaping allocations once per call by default and more
        # under -heap.
        self.need_goesc()
        d = self.tmpdir("compare")
        with open(os.path.join(d, "x.go"), "w") as f:
            f.write("package main\n\ntype T struct{ p *int }\n\nvar g *T\n\n"
                    "func mk(i int) *T {\n\tx := i\n\treturn &T{&x}\n}\n\n"
                    "func main() {\n\tfor i := 0; i < 100; i++ {\n\t\tn := i\n"
                    "\t\tp := &n\n\t\tg = mk(*p)\n\t}\n\tprintln(*g.p)\n}\n")
        st, out, err = run_cmd([self.goesc, "compare", "-runs=1", "x.go"], d,
                               BUILD_TIMEOUT)
        check_sanitizer(err)
        if st != 0:
            raise Failure("goesc compare: %s: %s" % (status_text(st), one_line(err)), out + err)
        m = re.search(r"^  heap allocations +(\d+) +(\d+) ", out, re.M)
        if not m or m.group(1) != "200" or m.group(2) != "300":
            raise Failure("goesc compare: want 200 heap allocations by default and 300 "
                          "with -heap", out)
        for row in ("wall time", "heap bytes", "GC cycles", "heap peak", "peak RSS"):
            if "  " + row not in out:
                raise Failure("goesc compare: no %r row" % row, out)

    def t_cmd_alloctrace(self):
        # The type descriptors and site records codegen emits: Go's runtime
        # names of types ("[]uint8", "*main.T") and -m's names of sites.
        self.need_goesc()
        d = self.tmpdir("alloctrace")
        with open(os.path.join(d, "x.go"), "w") as f:
            f.write("package main\n\ntype T struct{ a []byte; b *T }\n\n"
                    "var g []*T\nvar h *struct{ x rune; y func(int) string }\n\n"
                    "func main() {\n\tp := &T{}\n"
                    "\th = new(struct{ x rune; y func(int) string })\n"
                    "\tg = append(g, p)\n\tprintln(p != nil, h != nil)\n}\n")
        st, out, err = self.goesc_build(d, "x.go")
        check_sanitizer(err)
        if st != 0:
            raise Failure("goesc build: %s: %s" % (status_text(st), one_line(err)))
        env = dict(os.environ, GOESCDEBUG="allocfreetrace=1,allocsites=1")
        st, out, _ = run_cmd([os.path.join(d, "prog")], d, RUN_TIMEOUT, env=env, merge=True)
        want = ["main.T) at ./x.go:9:7",
                "struct { x int32; y func(int) string }) at ./x.go:10:9",
                "*main.T) at ./x.go:11:12",
                "./x.go:9:7    &T{}", "./x.go:10:9   new(struct { x rune; y func(int) string })",
                "./x.go:11:12  append"]
        missing = [w for w in want if w not in out]
        if st != 0 or missing:
            raise Failure("GOESCDEBUG=allocfreetrace=1,allocsites=1: missing %s" % missing, out)

    def t_cmd_const_data(self):
        # Constant composite literals are static data, not code storing
        # element by element (300,000 constants took LLVM over 30 s):
        # the package array's global has a constant initializer, the
        # package slice's backing array too, and the local table is
        # copied from one; at -O0 no per-element stores remain.
        self.need_goesc()
        d = self.tmpdir("constdata")
        n = 5000
        vals = ", ".join(str((i * 7919) % 100003) for i in range(n))
        with open(os.path.join(d, "x.go"), "w") as f:
            f.write("package main\n\nvar table = [...]int{%s}\n\n"
                    "var slice = []int32{%s}\n\n"
                    "func local(i int) int16 {\n\tt := [...]int16{%s}\n\treturn t[i]\n}\n\n"
                    "func main() { println(table[7], slice[9], local(11)) }\n"
                    % (vals, vals, ", ".join(str(i) for i in range(100))))
        st, out, err = run_cmd([self.goesc, "build", "-O0", "-emit=llvm", "-o", "x.ll", "x.go"],
                               d, BUILD_TIMEOUT)
        check_sanitizer(err)
        if st != 0:
            raise Failure("goesc build -emit=llvm: %s: %s" % (status_text(st), one_line(err)))
        with open(os.path.join(d, "x.ll"), encoding="utf-8", errors="replace") as f:
            ir = f.read()
        want = ['@main.table = internal global [%d x i8] c"' % (8 * n),
                'global [%d x i8] c"' % (4 * n),
                'constant [200 x i8] c"']
        missing = [w for w in want if w not in ir]
        stores = len(re.findall(r"^\s+store ", ir, re.M))
        if missing or stores > 50:
            raise Failure("constant literals not static data: missing %s, %d stores"
                          % (missing, stores), ir[:3000])

    def t_cmd_missing(self):
        self.need_goesc()
        d = self.tmpdir("missing")
        st, out, err = run_cmd([self.goesc, "build", "nosuch.go"], d, 10)
        check_sanitizer(err)
        if st != 1 or not err.strip():
            raise Failure("goesc build nosuch.go: %s, stderr %r, want exit status 1 and a message"
                          % (status_text(st), one_line(err)))


# ---------------------------------------------------------------------------
# Random token sequences

KEYWORDS = ("break case chan const continue default defer else fallthrough for "
            "func go goto if import interface map package range return select "
            "struct switch type var").split()
OPERATORS = ("+ - * / % & | ^ << >> &^ += -= *= /= %= &= |= ^= <<= >>= &^= && || "
             "<- ++ -- == < > = ! ~ != <= >= := ... ( ) [ ] { } , ; . :").split()
IDENTS = ("x y z a b s p f T main println print len cap append copy new make panic "
          "int int8 uint8 byte rune int64 uint uintptr float32 float64 string bool "
          "nil true false iota _ error any").split()
LITERALS = ["0", "1", "42", "-1", "0x1F", "0b101", "0o17", "017", "1_000", "1e9", "1.5",
            ".5", "1e-400", "1e400", "0x1p-2", "99999999999999999999999999", "1<<63",
            "'a'", "'\\n'", "'\\x00'", "'\\u00e9'", "'ab'", "''", '"s"', '"\\t\\""',
            '"héllo"', "`raw\nstring`", '"\\xff"', "'\\400'", "08", "0x", "1__0",
            "3i", "0.e+", '"unterminated', "'", "`", "/* c */", "// c\n", "\n", "\n",
            "\t", "#", "$", "?", "@", "\\"]


TOKEN_RE = re.compile(r'`[^`]*`|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|//[^\n]*|'
                      r'/\*.*?\*/|[A-Za-z_][A-Za-z0-9_]*|[0-9][0-9A-Za-z_.]*|\s+|.', re.S)


def mutate(text, seed):
    """text with 1-3 random token edits: delete, duplicate, swap, or
    replace with a random token (seeded by the string seed)."""
    rng = random.Random(seed)
    toks = TOKEN_RE.findall(text)
    idx = [i for i, t in enumerate(toks) if not t.isspace()]
    for _ in range(rng.randint(1, 3)):
        if not idx:
            break
        i = rng.choice(idx)
        op = rng.randrange(4)
        if op == 0:
            toks[i] = ""
        elif op == 1:
            toks[i] = toks[i] + " " + toks[i]
        elif op == 2:
            j = rng.choice(idx)
            toks[i], toks[j] = toks[j], toks[i]
        else:
            toks[i] = rng.choice(KEYWORDS + OPERATORS + IDENTS + LITERALS)
    return "".join(toks)


def token_program(seed):
    """A small file: a random token sequence in one of a few contexts."""
    rng = random.Random(seed)
    n = rng.randint(1, 40)
    toks = []
    for _ in range(n):
        r = rng.random()
        if r < 0.2:
            toks.append(rng.choice(KEYWORDS))
        elif r < 0.55:
            toks.append(rng.choice(OPERATORS))
        elif r < 0.8:
            toks.append(rng.choice(IDENTS))
        else:
            toks.append(rng.choice(LITERALS))
    seq = " ".join(toks)
    ctx = rng.randrange(5)
    if ctx == 0:
        return "package main\n" + seq + "\n"
    if ctx == 1:
        return "package main\n\nfunc main() {\n\t" + seq + "\n}\n"
    if ctx == 2:
        return "package main\n\nfunc main() {\n\tx := " + seq + "\n\tprintln(x)\n}\n"
    if ctx == 3:
        return ("package main\n\ntype T struct{ a int; b []int }\n\n"
                "func f(a, b int) (int, bool) { return a + b, a < b }\n\n"
                "func (t *T) m(x ...int) int { return len(x) }\n\n"
                "func main() {\n\tvar t T\n\ts := []int{1, 2}\n\t" + seq +
                "\n\t_, _ = t, s\n}\n")
    return seq + "\n"


# ---------------------------------------------------------------------------
# Collecting and running tests

def collect(runner, args):
    """The list of (name, function, argument tuple)."""
    tests = []
    tdir = args.tests

    def files(sub):
        d = os.path.join(tdir, sub)
        if not os.path.isdir(d):
            return []
        return sorted(os.path.join(d, f) for f in os.listdir(d) if f.endswith(".go"))

    def name(sub, p):
        return "%s/%s" % (sub, os.path.basename(p)[:-3])

    if not args.no_goesc:
        for p in files("run"):
            tests.append((name("run", p), runner.t_run, (p,)))
        if not args.no_gcstress:
            for p in files("run"):
                tests.append((name("gcstress", p), runner.t_gcstress, (p,)))
        for p in files("errors"):
            tests.append((name("errors", p), runner.t_errors, (p,)))
        for p in files("escape"):
            tests.append((name("escape", p), runner.t_escape, (p,)))
        for p in files("unsupported"):
            tests.append((name("unsupported", p), runner.t_unsupported, (p,)))
        for p in files("allocs"):
            tests.append((name("allocs", p), runner.t_allocs, (p,)))
        if not args.no_robust:
            tests.append(("robust/parens100000", runner.t_robust_parens, (100000,)))
            tests.append(("robust/blocks100000", runner.t_robust_blocks, (100000,)))
            for seed in range(1, 6):
                tests.append(("robust/bytes-seed%d" % seed, runner.t_robust_bytes, (seed, False)))
                tests.append(("robust/printable-seed%d" % seed, runner.t_robust_bytes, (seed, True)))
            batch = 100
            for b in range(args.token_sequences // batch):
                tests.append(("robust/tokens-batch%d" % b, runner.t_robust_tokens, (b, batch)))
            corpus = files("run") + files("errors") + files("escape")
            for b in range(0, len(corpus), 20):
                tests.append(("robust/mutations-batch%d" % (b // 20), runner.t_robust_mutations,
                              (corpus[b:b + 20], args.mutations, b // 20)))
        tests.append(("cmd/version", runner.t_cmd_version, ()))
        tests.append(("cmd/usage", runner.t_cmd_usage, ()))
        tests.append(("cmd/overwrite", runner.t_cmd_overwrite, ()))
        tests.append(("cmd/missing_file", runner.t_cmd_missing, ()))
        tests.append(("cmd/devnull", runner.t_cmd_devnull, ()))
        tests.append(("cmd/dot", runner.t_cmd_dot, ()))
        tests.append(("cmd/compare", runner.t_cmd_compare, ()))
        tests.append(("cmd/alloctrace", runner.t_cmd_alloctrace, ()))
        tests.append(("cmd/const_data", runner.t_cmd_const_data, ()))
    if runner.have_go() and not args.no_go:
        for p in files("run"):
            tests.append(("go/" + name("run", p), runner.t_go_run, (p,)))
        for p in files("errors"):
            tests.append(("go/" + name("errors", p), runner.t_go_errors, (p,)))
        for p in files("escape"):
            tests.append(("go/" + name("escape", p), runner.t_go_escape, (p,)))
        if not args.no_goesc:
            for p in files("escape"):
                tests.append(("go/" + name("escape-m2", p), runner.t_go_escape_m2, (p,)))
                tests.append(("go/" + name("escape-json", p), runner.t_go_escape_json, (p,)))
        for p in files("unsupported"):
            tests.append(("go/" + name("unsupported", p), runner.t_go_unsupported, (p,)))
        for p in files("allocs"):
            tests.append(("go/" + name("allocs", p), runner.t_go_allocs, (p,)))
    if args.k:
        tests = [t for t in tests if any(k in t[0] for k in args.k)]
    return tests


def main(argv=None):
    ap = argparse.ArgumentParser(description="Run the goesc test suite.")
    ap.add_argument("--goesc", default="build/driver/goesc", help="the goesc binary")
    ap.add_argument("--tests", default=os.path.dirname(os.path.abspath(__file__)),
                    help="the tests folder (holding run/, errors/, escape/)")
    ap.add_argument("--go", default=DEFAULT_GO,
                    help="go1.19 for the differential pass (skipped when missing)")
    ap.add_argument("-j", type=int, default=2, help="parallel jobs (default 2)")
    ap.add_argument("-k", action="append", default=[],
                    help="run only tests whose name contains this (repeatable)")
    ap.add_argument("-v", action="store_true", help="list passing tests, print diffs")
    ap.add_argument("--no-go", action="store_true", help="skip the differential pass")
    ap.add_argument("--no-goesc", action="store_true",
                    help="only the differential pass (checks the corpus against go1.19)")
    ap.add_argument("--no-robust", action="store_true", help="skip the generated inputs")
    ap.add_argument("--no-gcstress", action="store_true",
                    help="skip the gcstress/ pass over run/ programs")
    ap.add_argument("--token-sequences", type=int, default=3000,
                    help="number of random token sequences (default 3000)")
    ap.add_argument("--mutations", type=int, default=3,
                    help="random token edits of each corpus file (default 3)")
    ap.add_argument("--gocache", help="a GOCACHE to reuse between runs (default: a fresh one)")
    ap.add_argument("--save-dir", default=os.path.join(tempfile.gettempdir(), "goesc-test-failures"),
                    help="where failing generated inputs are saved")
    ap.add_argument("--keep", action="store_true", help="keep the temporary folders")
    args = ap.parse_args(argv)
    args.tests = os.path.abspath(args.tests)
    # The sanitizer build runs the suite a second time through meson;
    # the environment turns the (compiler-independent) go1.19 pass off.
    if os.environ.get("GOESC_TEST_NO_GO") == "1":
        args.no_go = True

    runner = Runner(args)
    if args.no_go:
        print("differential pass skipped (--no-go)")
    elif not runner.have_go():
        print("differential pass skipped: %s not found" % args.go)
    tests = collect(runner, args)
    passed = failed = 0
    start = time.time()

    def one(t):
        name, fn, targs = t
        t0 = time.time()
        try:
            fn(*targs)
            return name, None, time.time() - t0
        except Skip as e:
            return name, "skip: %s" % e, time.time() - t0
        except Failure as e:
            return name, e, time.time() - t0
        except Exception as e:  # a bug in the runner itself
            return name, Failure("runner error: %s: %s" % (type(e).__name__, e)), time.time() - t0

    try:
        with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.j)) as ex:
            for name, res, dt in ex.map(one, tests):
                if res is None:
                    passed += 1
                    if args.v:
                        print("ok   %s (%.2fs)" % (name, dt), flush=True)
                elif isinstance(res, str):
                    if args.v:
                        print("SKIP %s: %s" % (name, res[6:]), flush=True)
                else:
                    failed += 1
                    print("FAIL %s: %s" % (name, res.msg), flush=True)
                    if args.v and res.detail:
                        for l in res.detail.rstrip("\n").split("\n")[:60]:
                            print("    " + l)
    finally:
        if args.keep:
            print("temporary folders kept in %s" % runner.root)
        else:
            shutil.rmtree(runner.root, ignore_errors=True)
    if args.v:
        print("(%.1f s)" % (time.time() - start))
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
