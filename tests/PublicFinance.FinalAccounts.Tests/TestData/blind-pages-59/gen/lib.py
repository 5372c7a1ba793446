"""Shared helpers for the blind59 generators (round 58 lib plus `tab`, a tab-separated row, `sp`, a figure grouped by spaces,
and `tokens` reading space-grouped figures)."""
import os, re
from decimal import Decimal as D, ROUND_HALF_UP

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")


def q(x, nd=2):
    return D(x).quantize(D(1).scaleb(-nd), ROUND_HALF_UP)


def pct(a, b, nd=2):
    return q(D(a) / D(b) * 100, nd)


def chg(cur, prev, nd=2):
    """signed difference and absolute rate (%)"""
    d = D(cur) - D(prev)
    return d, pct(abs(d), prev, nd)


def fmt(x, nd=2, sep=False):
    x = q(x, nd)
    s = f"{abs(x):,.{nd}f}" if sep else f"{abs(x):.{nd}f}"
    return ("-" if x < 0 else "") + s


def shares(parts, nd=2, total=None):
    """shares of parts in their sum; asserts they add to exactly 100"""
    tot = total if total is not None else sum(parts)
    s = [pct(p, tot, nd) for p in parts]
    assert sum(s) == 100, (parts, s, sum(s))
    return s


def tune(parts, idx=-1, nd=2, step=D("0.01")):
    """nudge parts[idx] by cents until the shares add to exactly 100 (returns new list)"""
    parts = list(parts)
    for k in range(200):
        tot = sum(parts)
        if sum(pct(p, tot, nd) for p in parts) == 100:
            return parts
        parts[idx] += step
    raise AssertionError("cannot tune")


FW = str.maketrans("０１２３４５６７８９．，", "0123456789.,")


def tokens(text):
    t = text.translate(FW)
    sep = {m.replace(",", "") for m in re.findall(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,])", t)}
    spc = {m.replace(" ", "") for m in re.findall(r"(?<![\d.])\d{1,3}(?: \d{3})+(?:\.\d+)?(?![\d])", t)}
    return sep | spc | set(re.findall(r"\d+(?:\.\d+)?", t))


class Doc:
    def __init__(self, name, desc):
        self.name, self.desc = name, desc
        self.rows, self.seen, self.notes, self.planted = [], set(), [], None

    def v(self, x, unit="万元", what="", nd=2, sep=False, rec=True):
        """format a figure for the text and record it in the truth (once, by absolute value)"""
        x = D(x)
        s = fmt(x, nd, sep)
        if rec and x != 0:
            key = abs(q(x, nd))
            if key not in self.seen:
                self.seen.add(key)
                self.rows.append((fmt(abs(x), nd), unit, what))
        return s

    def c(self, n, what):
        return self.v(D(n), "count", what, nd=0)

    def p(self, x, what, nd=2):
        return self.v(x, "%", what, nd=nd)

    def note(self, s):
        self.notes.append(s)

    def plant(self, what, stated, computed, computation):
        self.planted = (what, stated, computed, computation)

    def write(self, text):
        toks = tokens(text)
        missing = [r for r in self.rows if r[0] not in toks]
        assert not missing, f"{self.name}: truth values not in text: {missing}"
        open(os.path.join(OUT, self.name + ".txt"), "w", encoding="utf-8").write(text)
        md = [f"# {self.name} truth", "", self.desc, "", "| # | value | unit | what it is |", "| --- | --- | --- | --- |"]
        for i, (v, u, w) in enumerate(self.rows, 1):
            md.append(f"| {i} | {v} | {u} | {w} |")
        md += ["", "The tester's notes:", ""] + [f"- {n}" for n in self.notes]
        if self.planted:
            w, s, c, comp = self.planted
            md += ["", "Planted error:", "", f"- {w}: stated {s}, computed {c} ({comp})"]
        open(os.path.join(OUT, self.name + ".truth.md"), "w", encoding="utf-8").write("\n".join(md) + "\n")
        print(self.name, len(text), "chars,", len(self.rows), "figures")


def word(delta, up="增加", down="减少"):
    """the direction word of a signed change"""
    return up if delta > 0 else down


def swap(x, i, nd=2):
    """the printed figure with the digits at positions i and i+1 (of its digit string) swapped"""
    s = list(fmt(x, nd))
    dig = [k for k, ch in enumerate(s) if ch.isdigit()]
    a, b = dig[i], dig[i + 1]
    assert s[a] != s[b], (x, i)
    s[a], s[b] = s[b], s[a]
    return D("".join(s))


def paren(s):
    """a negative amount as accounting-style parentheses: '-1,234.50' -> '(1,234.50)'"""
    return f"({s[1:]})" if s.startswith("-") else s


def rj(cells, widths):
    """a pdftotext -layout row: first cell left-justified, the rest right-justified"""
    out = ""
    for k, (c, wd) in enumerate(zip(cells, widths)):
        out += c.ljust(wd) if k == 0 else c.rjust(wd)
    return out.rstrip()


def cw(s):
    """display width (CJK counts 2), for layout padding"""
    return sum(2 if ord(ch) > 0x2E7F else 1 for ch in s)


def ljw(s, w):
    return s + " " * max(1, w - cw(s))


def rjw(s, w):
    return " " * max(1, w - cw(s)) + s


FWOUT = str.maketrans("0123456789.", "０１２３４５６７８９．")


def fw(s):
    """a figure in full-width digits (as some web pages print them)"""
    return s.translate(FWOUT)


def yoy(delta, rate_s, up="同比增长", down="较上年下降"):
    """a year-on-year phrase: `同比增长X%` / `较上年下降X%` (rate_s already formatted)"""
    return f"{up if delta > 0 else down}{rate_s}%"


def md(cells):
    """a `|` markdown table row"""
    return "| " + " | ".join(cells) + " |"


def cells(row, end=" |"):
    """one table row extracted from a PDF as one cell per line, each line ending in `end` (blank cells kept as `end` alone)"""
    return [(c + end).strip() if c else end.strip() for c in row]


def line(cells, widths, left=1):
    """a space-aligned row: the first `left` cells left-justified (display width), the rest right-justified; blank cells kept"""
    out = ""
    for k, (c, wd) in enumerate(zip(cells, widths)):
        out += ljw(c, wd) if k < left else (rjw(c, wd) if c else " " * wd)
    return out.rstrip()


def kxx(code):
    """a 项 code split into the 类 / 款 / 项 columns of a table (`2100405` -> `210`, `04`, `05`)"""
    return [code[:3], code[3:5], code[5:7]]


def tab(cells):
    """a tab-separated row (as a spreadsheet pasted into a page); blank cells kept"""
    return "\t".join(cells)


def sp(s):
    """a formatted figure grouped by thin spaces the way some PDFs extract: '1286.45' -> '1 286.45'"""
    neg = s.startswith("-")
    ip, _, fp = s.lstrip("-").partition(".")
    g = []
    while len(ip) > 3:
        g.insert(0, ip[-3:]); ip = ip[:-3]
    g.insert(0, ip)
    return ("-" if neg else "") + " ".join(g) + ("." + fp if fp else "")
