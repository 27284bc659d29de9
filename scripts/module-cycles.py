#!/usr/bin/env python3
"""Finds import cycles between the modules of Rust crates; exits 1 if any.

    python3 scripts/module-cycles.py src crates/core/src crates/importer/src

Each .rs file is a module (`a/mod.rs` and `a.rs` are `a`). An edge A -> B
means code in A names an item of B: through `use crate::…`, `use super::…`,
`use self::…` or a `crate::…`/`super::…` path in the code. A name that B
only re-exports (`pub use child::X`) leads on to the module defining it,
and a parent's `pub use` of its own child is a re-export, not a use, so a
facade `mod.rs` does not tie its children together. A cycle is a strongly
connected group of two or more modules; each is printed with one use per
edge. Comments and string literals are ignored.
"""
import re
import sys
from pathlib import Path


def strip(code):
    """Code without comments, strings and char literals (kept line count)."""
    out, i, n = [], 0, len(code)
    while i < n:
        c = code[i]
        if code.startswith("//", i):
            j = code.find("\n", i)
            i = n if j < 0 else j
        elif code.startswith("/*", i):
            j = code.find("*/", i + 2)
            j = n if j < 0 else j + 2
            out.append("\n" * code.count("\n", i, j))
            i = j
        elif c == '"' or code.startswith('r"', i) or code.startswith('r#"', i):
            m = re.match(r'r(#*)"', code[i:])
            if m:
                end = '"' + m.group(1)
                j = code.find(end, i + len(m.group(0)))
                j = n if j < 0 else j + len(end)
            else:
                j = i + 1
                while j < n and code[j] != '"':
                    j += 2 if code[j] == "\\" else 1
                j += 1
            out.append('""' + "\n" * code.count("\n", i, j))
            i = j
        elif c == "'" and re.match(r"'(\\.|[^\\'])'", code[i:]):
            i += len(re.match(r"'(\\.|[^\\'])'", code[i:]).group(0))
        else:
            out.append(c)
            i += 1
    return "".join(out)


def expand(tree):
    """`a::{b, c::{d, e}}` -> [a::b, a::c::d, a::c::e] (aliases dropped)."""
    tree = re.sub(r"\s+", "", re.sub(r"\s+as\s+", "@", tree))
    m = re.match(r"^(.*?)\{(.*)\}$", tree)
    if not m:
        return [tree.split("@")[0]]
    prefix, inner = m.group(1), m.group(2)
    parts, depth, cur = [], 0, ""
    for ch in inner:
        if ch == "," and depth == 0:
            parts.append(cur)
            cur = ""
            continue
        depth += ch == "{"
        depth -= ch == "}"
        cur += ch
    parts.append(cur)
    return [p for part in parts if part for p in expand(prefix + part)]


def module_of(root, path):
    rel = path.relative_to(root).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] in ("mod", "lib", "main"):
        parts = parts[:-1]
    return tuple(parts)


def check(root):
    root = Path(root)
    files = {module_of(root, p): p for p in sorted(root.rglob("*.rs"))}
    code = {m: strip(p.read_text()) for m, p in files.items()}
    uses = {}  # module -> [(path segments, is_pub_use, line)]
    for m, text in code.items():
        found = []
        for u in re.finditer(r"\b(pub(?:\([^)]*\))?\s+)?use\s+([^;]+);", text):
            line = text.count("\n", 0, u.start()) + 1
            for p in expand(u.group(2)):
                found.append((p.split("::"), bool(u.group(1)), line))
        no_use = re.sub(r"\buse\s+[^;]+;", "", text)
        for p in re.finditer(r"\b(?:crate|super|self)(?:::\w+)+", no_use):
            line = no_use.count("\n", 0, p.start()) + 1
            found.append((p.group(0).split("::"), False, line))
        uses[m] = found

    def absolute(m, segs):
        """Module path plus item names, or None for external crates."""
        base = list(m)
        if segs[0] == "crate":
            return segs[1:]
        if segs[0] not in ("super", "self"):
            # `use child::x` inside a module, where `child` is its submodule.
            return base + segs if tuple(base + segs[:1]) in files else None
        while segs and segs[0] in ("super", "self"):
            if segs[0] == "super":
                base = base[:-1]
            segs = segs[1:]
        return base + segs

    # Re-exports: module -> name -> absolute path it stands for.
    reexports = {m: {} for m in files}
    for m, found in uses.items():
        for segs, is_pub, _ in found:
            target = absolute(m, segs)
            if is_pub and target and target[-1] not in ("*", "self"):
                reexports[m][target[-1]] = target

    def resolve(target, seen=()):
        """The module an absolute path's item is defined in."""
        for cut in range(len(target), -1, -1):
            mod = tuple(target[:cut])
            if mod in files:
                rest = target[cut:]
                if rest and rest[0] in reexports.get(mod, {}) and (mod, rest[0]) not in seen:
                    return resolve(reexports[mod][rest[0]] + rest[1:], seen + ((mod, rest[0]),))
                return mod
        return None

    edges = {m: {} for m in files}
    for m, found in uses.items():
        for segs, is_pub, line in found:
            target = absolute(m, segs)
            if not target:
                continue
            if is_pub and len(target) == len(m) + 2 and tuple(target[: len(m) + 1])[:-1] == m:
                continue  # a parent re-exporting its child's item
            dest = resolve(target)
            if dest is not None and dest != m:
                edges[m].setdefault(dest, f"{files[m]}:{line}")

    # Tarjan's strongly connected components.
    index, low, stack, on, groups, counter = {}, {}, [], set(), [], [0]

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in edges[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    sys.setrecursionlimit(10000)
    for v in files:
        if v not in index:
            visit(v)
    name = lambda m: "::".join(("crate",) + m)
    for group in groups:
        print(f"{root}: import cycle among {', '.join(name(m) for m in group)}")
        for a in group:
            for b, where in edges[a].items():
                if b in group:
                    print(f"  {name(a)} -> {name(b)} ({where})")
    return len(groups)


if __name__ == "__main__":
    cycles = sum(check(r) for r in sys.argv[1:])
    if cycles:
        sys.exit(1)
    print(f"no import cycles in {', '.join(sys.argv[1:])}")
