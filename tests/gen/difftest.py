#!/usr/bin/env python3
"""difftest.py: differential testing of goesc against go1.19 on generated
programs (tests/gen/progen.py), with automatic reduction of differences.

    python3 tests/gen/difftest.py --long --count 200          # seeds 1000000..
    python3 tests/gen/difftest.py --long --minutes 15 -j 2
    python3 tests/gen/difftest.py --seed 42 -v                # one seed
    python3 tests/gen/difftest.py --reduce FILE.go            # reduce a program

For each seed the program is built with go1.19 (`go build -gcflags='-m -l'`,
which gives go's escape messages and a binary) and with goesc in three
modes (default with `-m -l`, `-heap`, `-O0`).  All four binaries run; their
merged stdout+stderr (normalised as tests/run_tests.py normalises .out
files: a panic's traceback cut after its "goroutine " line) and exit
status must equal go1.19's, and goesc's `-m -l` lines must equal go1.19's
as a set.  Expected behaviour always comes from go1.19, at test time.

With --long, every difference found is reduced (ddmin-style deletion of
functions, blocks and lines, then simplification of parenthesised
expressions, keeping only candidates go1.19 still builds and which show
the same kind of difference), and the reduced program is saved with a
description (`NAME.go`, `NAME.txt`) in --out (default: a new temporary
folder, printed).

tests/run_tests.py imports check_program() for its difftest/ category.
"""

import argparse
import concurrent.futures
import os
import re
import shutil
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
sys.path.insert(0, HERE)

import progen  # noqa: E402
from run_tests import (DEFAULT_GO, Failure, drop_go_header, go_env,  # noqa: E402
                       normalize_output, run_cmd, status_text, one_line, udiff)

BUILD_TIMEOUT = 120
RUN_TIMEOUT = 10
GOESC_MODES = (("default", ["-m", "-l"]), ("-heap", ["-heap"]), ("-O0", ["-O0"]))
POS_RE = re.compile(r"^\./x\.go:\d+:\d+: ")

# Default functions per generated program: one build covers many.
DEFAULT_FUNCS = 16


class Difference:
    """One way goesc disagrees with go1.19 on a program.  kind names the
    comparison ("output -O0", "escape", "goesc build -heap", ...); key is
    what must persist while reducing; detail a readable explanation."""

    def __init__(self, kind, key, summary, detail=""):
        self.kind, self.key, self.summary, self.detail = kind, key, summary, detail

    def __repr__(self):
        return "%s: %s" % (self.kind, self.summary)


class GoRejects(Exception):
    """go1.19 does not build the program (a generator bug, or a reduction
    candidate that is not valid Go)."""


def strip_pos(line):
    return POS_RE.sub("", line)


def go_build(go, env, d, timeout=BUILD_TIMEOUT):
    """go build -gcflags='-m -l' of d/x.go into d/gobin; -m lines sorted."""
    st, out, err = run_cmd([go, "build", "-gcflags=-m -l", "-o", "gobin", "x.go"], d,
                           timeout, env=env)
    if st != 0:
        raise GoRejects(drop_go_header(out + err).strip())
    return sorted(l for l in drop_go_header(out + err).split("\n") if l)


def run_bin(d, exe, timeout):
    """Run d/exe; its normalised output, or a marker for a timeout."""
    try:
        st, out, _ = run_cmd([os.path.join(d, exe)], d, timeout, merge=True)
    except Failure as e:
        return "<%s>" % e.msg.replace(os.path.join(d, exe), exe)
    if st < 0:
        return normalize_output(out, 0) + "<%s>\n" % status_text(st)
    return normalize_output(out, st)


def check_program(src, d, go, goesc, env, modes=None, go_timeout=RUN_TIMEOUT,
                  want=None):
    """Compare goesc with go1.19 on program text src in folder d.  Returns
    the list of Differences (empty when all agree).  Raises GoRejects when
    go1.19 cannot build it, or Failure when go1.19's own binary hangs.
    modes restricts the goesc modes (a reduction rebuilds only the one
    that differed); want caches (go -m lines, go output)."""
    with open(os.path.join(d, "x.go"), "w", encoding="utf-8") as f:
        f.write(src)
    if want is None:
        gm = go_build(go, env, d)
        gout = run_bin(d, "gobin", go_timeout)
        if "timed out after" in gout or "wrote more than" in gout:
            raise Failure("go1.19's binary: %s" % one_line(gout[-200:]))
    else:
        gm, gout = want
    diffs = []
    for mode, flags in GOESC_MODES:
        if modes is not None and mode not in modes:
            continue
        exe = "esc" + mode.replace("-", "_")
        st, out, err = run_cmd([goesc, "build"] + flags + ["-o", exe, "x.go"], d,
                               BUILD_TIMEOUT)
        if st != 0 or "internal error" in err:
            diffs.append(Difference("goesc build %s" % mode, ("build", mode, st),
                                    "goesc build %s: %s: %s" % (mode, status_text(st),
                                                                one_line(err.strip(), 200)),
                                    err))
            continue
        if mode == "default":
            em = sorted(l for l in (out + err).split("\n") if l)
            if em != gm:
                missing = [l for l in gm if l not in em]
                extra = [l for l in em if l not in gm]
                first = (["missing " + l for l in missing] + ["extra " + l for l in extra])[0]
                k = [("missing", strip_pos(l)) for l in missing] + \
                    [("extra", strip_pos(l)) for l in extra]
                diffs.append(Difference(
                    "escape", ("escape",) + k[0],
                    "-m -l differs (%d missing, %d extra): %s" % (len(missing), len(extra),
                                                                 one_line(first, 150)),
                    udiff("\n".join(gm) + "\n", "\n".join(em) + "\n", "go1.19", "goesc")))
        got = run_bin(d, exe, RUN_TIMEOUT)
        if got != gout:
            wl, gl = gout.split("\n"), got.split("\n")
            i = next((i for i in range(max(len(wl), len(gl)))
                      if (wl[i:i + 1] or ["<end>"]) != (gl[i:i + 1] or ["<end>"])), 0)
            w = wl[i] if i < len(wl) else "<end>"
            g = gl[i] if i < len(gl) else "<end>"
            diffs.append(Difference(
                "output %s" % mode, ("output", mode),
                "goesc %s output differs at line %d: go1.19 %r, goesc %r" % (
                    mode, i + 1, one_line(w, 80), one_line(g, 80)),
                udiff(gout, got, "go1.19", "goesc " + mode)))
    return diffs


# ---------------------------------------------------------------------------
# Reduction

class Reducer:
    """Shrink a program while go1.19 still builds it and goesc still shows
    a difference with the same key."""

    def __init__(self, go, goesc, env, d, diff, log=None):
        self.go, self.goesc, self.env, self.d = go, goesc, env, d
        self.key = diff.key
        self.modes = [m for m, _ in GOESC_MODES
                      if diff.kind.endswith(" " + m) or (m == "default" and diff.kind == "escape")]
        self.tries = 0
        self.log = log or (lambda s: None)

    def interesting(self, src):
        self.tries += 1
        try:
            diffs = check_program(src, self.d, self.go, self.goesc, self.env,
                                  modes=self.modes, go_timeout=3)
        except (GoRejects, Failure):
            return False
        return any(x.key == self.key for x in diffs)

    def reduce(self, src, budget_s=600):
        deadline = time.time() + budget_s
        lines = src.split("\n")
        changed = True
        while changed and time.time() < deadline:
            changed = False
            for step in (self.drop_functions, self.drop_blocks, self.drop_chunks,
                         self.simplify_exprs):
                new = step(lines, deadline)
                if new != lines:
                    lines, changed = new, True
        return "\n".join(lines)

    def attempt(self, lines, cand):
        if cand != lines and self.interesting("\n".join(cand)):
            self.log("  reduced to %d lines" % len(cand))
            return True
        return False

    def drop_functions(self, lines, deadline):
        """Remove generated functions fK with their calls in main."""
        k = 0
        while time.time() < deadline:
            names = [re.match(r"func (f\d+|risky)\(", l).group(1) for l in lines
                     if re.match(r"func (f\d+|risky)\(", l)]
            if k >= len(names):
                break
            name = names[k]
            start = next(i for i, l in enumerate(lines) if l.startswith("func %s(" % name))
            end = next(i for i in range(start, len(lines)) if lines[i] == "}")
            rv = "r" + name[1:]
            main = next((i for i, l in enumerate(lines) if l.startswith("func main(")),
                        len(lines))
            # its definition, and the lines of main naming it or its result
            cand = [l for i, l in enumerate(lines)
                    if not (start <= i <= end + 1) and
                    not (i > main and re.search(r"\b(%s|%s)\b" % (name, rv), l))]
            if self.attempt(lines, cand):
                lines = cand
            else:
                k += 1
        return lines

    def drop_blocks(self, lines, deadline):
        """Remove a line ending in '{' through its closing brace."""
        i = 0
        while i < len(lines) and time.time() < deadline:
            l = lines[i]
            if l.rstrip().endswith("{") and not l.startswith("func main"):
                ind = len(l) - len(l.lstrip("\t"))
                j = i + 1
                while j < len(lines) and not (lines[j].startswith("\t" * ind + "}") and
                                              len(lines[j]) - len(lines[j].lstrip("\t")) == ind):
                    j += 1
                if j < len(lines) and lines[j].strip() == "}":
                    cand = lines[:i] + lines[j + 1:]
                    if self.attempt(lines, cand):
                        lines = cand
                        continue
                    # keep the body, drop the braces (if/for/switch heads)
                    if l.startswith("\t") and not l.lstrip().startswith("switch"):
                        body = [x[1:] if x.startswith("\t") else x for x in lines[i + 1:j]]
                        cand = lines[:i] + body + lines[j + 1:]
                        if self.attempt(lines, cand):
                            lines = cand
                            continue
            i += 1
        return lines

    def drop_chunks(self, lines, deadline):
        """ddmin-style: delete runs of lines, halving the run length."""
        n = max(1, len(lines) // 4)
        while n >= 1 and time.time() < deadline:
            i = 0
            while i < len(lines) and time.time() < deadline:
                cand = lines[:i] + lines[i + n:]
                if self.attempt(lines, cand):
                    lines = cand
                else:
                    i += n
            n //= 2
        return lines

    def simplify_exprs(self, lines, deadline):
        """Replace a parenthesised binary expression by one of its operands."""
        for i in range(len(lines)):
            if time.time() >= deadline:
                break
            progress = True
            while progress and time.time() < deadline:
                progress = False
                for a, b in paren_spans(lines[i]):
                    inner = lines[i][a + 1:b]
                    for op in split_binary(inner):
                        cand = lines[:i] + [lines[i][:a] + op + lines[i][b + 1:]] + lines[i + 1:]
                        if self.attempt(lines, cand):
                            lines, progress = cand, True
                            break
                    if progress:
                        break
        return lines


def paren_spans(line):
    """(open, close) index pairs of the parentheses in line, outermost first."""
    stack, spans = [], []
    instr = None
    for i, c in enumerate(line):
        if instr:
            if c == "\\":
                continue
            if c == instr:
                instr = None
            continue
        if c in "\"'`":
            instr = c
        elif c == "(":
            stack.append(i)
        elif c == ")" and stack:
            spans.append((stack.pop(), i))
    spans.sort(key=lambda s: s[0] - s[1])
    return spans


def split_binary(expr):
    """The two operands of a top-level binary expression 'A op B', if any."""
    depth = 0
    for m in re.finditer(r"[()\[\]]| (\+|-|\*|/|%|&\^|&|\||\^|<<|>>|<=|>=|==|!=|<|>|&&|\|\|) ",
                         expr):
        t = m.group(0)
        if t in "([":
            depth += 1
        elif t in ")]":
            depth -= 1
        elif depth == 0:
            return [expr[:m.start()], expr[m.end():]]
    return []


# ---------------------------------------------------------------------------
# Driver

def describe(seed, diff, src, reduced, go, goesc, env, d):
    """The text of NAME.txt: what differs, before and after reduction."""
    out = ["seed %s: %s" % (seed, diff.summary), "", "kind: %s" % diff.kind, "",
           "original program: %d lines; reduced: %d lines" % (
               src.count("\n"), reduced.count("\n")), ""]
    try:
        diffs = check_program(reduced, d, go, goesc, env)
        out.append("reduced program:")
        for x in diffs:
            out += ["  " + x.summary, ""] + ["    " + l for l in x.detail.split("\n")[:80]]
    except (GoRejects, Failure) as e:
        out.append("(re-checking the reduced program failed: %s)" % e)
    return "\n".join(out) + "\n"


def main(argv=None):
    ap = argparse.ArgumentParser(description="Differential testing of goesc against go1.19.")
    ap.add_argument("--goesc", default="build/driver/goesc")
    ap.add_argument("--go", default=DEFAULT_GO)
    ap.add_argument("--long", action="store_true", help="run many seeds, reduce differences")
    ap.add_argument("--count", type=int, default=0, help="number of seeds (with --long)")
    ap.add_argument("--minutes", type=float, default=0, help="time budget (with --long)")
    ap.add_argument("--start", type=int, default=1000000, help="first seed (default 1000000)")
    ap.add_argument("--seed", type=int, action="append", default=[], help="check this seed")
    ap.add_argument("--reduce", metavar="FILE", help="reduce this program's first difference")
    ap.add_argument("--funcs", type=int, default=DEFAULT_FUNCS)
    ap.add_argument("--features", default="", help="progen feature changes, e.g. -floats,+bce")
    ap.add_argument("--no-reduce", action="store_true")
    ap.add_argument("--reduce-seconds", type=int, default=600)
    ap.add_argument("--out", help="folder for reduced programs (default: a new temp folder)")
    ap.add_argument("--gocache", help="GOCACHE to reuse")
    ap.add_argument("-j", type=int, default=2)
    ap.add_argument("-v", action="store_true")
    args = ap.parse_args(argv)
    goesc = os.path.abspath(args.goesc)
    if not os.path.isfile(args.go):
        print("go1.19 not found at %s" % args.go)
        return 2
    features = progen.parse_features(args.features)
    root = tempfile.mkdtemp(prefix="goesc-difftest-")
    env = go_env(root, args.gocache or os.path.join(tempfile.gettempdir(), "goesc-difftest-gocache"))
    outdir = args.out or tempfile.mkdtemp(prefix="goesc-difftest-found-")
    os.makedirs(outdir, exist_ok=True)
    lock = threading.Lock()
    counter = [0]

    def workdir():
        with lock:
            counter[0] += 1
            d = os.path.join(root, "w%d" % counter[0])
        os.makedirs(d)
        return d

    if args.reduce:
        with open(args.reduce, encoding="utf-8") as f:
            src = f.read()
        d = workdir()
        diffs = check_program(src, d, args.go, goesc, env)
        if not diffs:
            print("no difference")
            return 0
        print("reducing:", diffs[0])
        red = Reducer(args.go, goesc, env, workdir(), diffs[0], log=print if args.v else None)
        small = red.reduce(src, args.reduce_seconds)
        base = os.path.join(outdir, os.path.basename(args.reduce)[:-3] + "-reduced")
        with open(base + ".go", "w") as f:
            f.write(small)
        with open(base + ".txt", "w") as f:
            f.write(describe(args.reduce, diffs[0], src, small, args.go, goesc, env, workdir()))
        print("saved %s.go (%d tries)" % (base, red.tries))
        return 1

    if args.seed:
        seeds = list(args.seed)
    elif args.long:
        seeds = None
    else:
        ap.error("give --seed, --long or --reduce")
    deadline = time.time() + args.minutes * 60 if args.minutes else None
    count = args.count or (None if deadline else 100)
    found = []
    checked = [0]
    keys_seen = set()

    def one(seed):
        if deadline and time.time() > deadline:
            return seed, None, None
        src = progen.generate(seed, args.funcs, features)
        d = workdir()
        try:
            diffs = check_program(src, d, args.go, goesc, env)
        except GoRejects as e:
            diffs = [Difference("generator", ("generator",), "go1.19 rejects the program: %s"
                                % one_line(str(e), 200), str(e))]
        except Failure as e:
            diffs = [Difference("generator", ("generator",), str(e.msg))]
        shutil.rmtree(d, ignore_errors=True)
        return seed, src, diffs

    def seed_iter():
        if seeds is not None:
            yield from seeds
            return
        s = args.start
        while (count is None or s < args.start + count) and \
                (deadline is None or time.time() < deadline):
            yield s
            s += 1

    t0 = time.time()
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.j)) as ex:
        pending = set()
        it = seed_iter()
        while True:
            while len(pending) < args.j * 2:
                try:
                    pending.add(ex.submit(one, next(it)))
                except StopIteration:
                    break
            if not pending:
                break
            done, pending = concurrent.futures.wait(pending, return_when="FIRST_COMPLETED")
            for fut in done:
                seed, src, diffs = fut.result()
                if src is None:
                    continue
                checked[0] += 1
                if not diffs:
                    if args.v:
                        print("ok   seed %d" % seed, flush=True)
                    continue
                for x in diffs:
                    print("DIFF seed %d: %s" % (seed, x.summary), flush=True)
                found.append((seed, src, diffs))
    print("%d programs checked in %.0f s, %d with differences" % (
        checked[0], time.time() - t0, len(found)), flush=True)
    if found:
        for seed, src, diffs in found:
            base = os.path.join(outdir, "seed%d" % seed)
            with open(base + "-orig.go", "w") as f:
                f.write(src)
            for n, x in enumerate(diffs):
                if x.kind == "generator" or args.no_reduce or x.key in keys_seen:
                    continue
                keys_seen.add(x.key)
                red = Reducer(args.go, goesc, env, workdir(), x,
                              log=print if args.v else None)
                small = red.reduce(src, args.reduce_seconds)
                with open("%s-%d.go" % (base, n), "w") as f:
                    f.write(small)
                with open("%s-%d.txt" % (base, n), "w") as f:
                    f.write(describe(seed, x, src, small, args.go, goesc, env, workdir()))
                print("reduced seed %d (%s) to %d lines in %d tries: %s-%d.go" % (
                    seed, x.kind, small.count("\n"), red.tries, base, n), flush=True)
        print("differences saved in %s" % outdir)
    shutil.rmtree(root, ignore_errors=True)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
