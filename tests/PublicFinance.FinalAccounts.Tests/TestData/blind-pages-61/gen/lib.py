"""Shared helpers for the blind61 generators (round 60 lib plus `thin`, a figure grouped by spaces in thousands (alias of sp),
and `pipeflat`, a table printed one cell per line each cell between pipes)."""
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


def flat(rows):
    """a table extracted one cell per line without any separator (blank cells dropped, as web copies do)"""
    return [c for r in rows for c in r if c]


TRAD = str.maketrans({"说": "說", "明": "明", "决": "決", "算": "算", "收": "收", "入": "入", "支": "支", "出": "出",
                      "财": "財", "政": "政", "拨": "撥", "款": "款", "费": "費", "经": "經", "项": "項", "目": "目",
                      "预": "預", "较": "較", "减": "減", "少": "少", "增": "增", "长": "長", "下": "下", "降": "降",
                      "万": "萬", "元": "元", "为": "為", "与": "與", "计": "計", "合": "合", "总": "總", "体": "體",
                      "况": "況", "情": "情", "其": "其", "中": "中", "务": "務", "运": "運", "行": "行", "会": "會",
                      "红": "紅", "十": "十", "字": "字", "区": "區", "县": "縣", "门": "門", "单": "單", "位": "位",
                      "关": "關", "机": "機", "构": "構", "员": "員", "编": "編", "制": "制", "离": "離", "退": "退",
                      "休": "休", "险": "險", "缴": "繳", "疗": "療", "卫": "衛", "房": "房", "积": "積", "险": "險",
                      "结": "結", "转": "轉", "余": "餘", "年": "年", "实": "實", "际": "際", "车": "車", "辆": "輛",
                      "购": "購", "置": "置", "维": "維", "护": "護", "接": "接", "待": "待", "国": "國", "境": "境",
                      "资": "資", "产": "產", "设": "設", "备": "備", "采": "採", "货": "貨", "服": "服", "灾": "災",
                      "赈": "賑", "济": "濟", "爱": "愛", "献": "獻", "血": "血", "应": "應", "急": "急", "训": "訓",
                      "练": "練", "宣": "宣", "传": "傳", "发": "發", "动": "動", "办": "辦", "公": "公", "离": "離",
                      "这": "這", "个": "個", "级": "級", "类": "類", "主": "主", "要": "要", "原": "原", "因": "因",
                      "是": "是", "数": "數", "占": "佔", "比": "比", "变": "變", "化": "化", "筹": "籌", "捐": "捐",
                      "赠": "贈", "物": "物", "钱": "錢", "开": "開", "展": "展", "场": "場", "训": "訓", "达": "達",
                      "标": "標", "准": "準", "规": "規", "定": "定", "严": "嚴", "格": "格", "执": "執", "负": "負",
                      "责": "責", "义": "義", "众": "眾", "业": "業", "组": "組", "织": "織", "协": "協", "调": "調",
                      "议": "議", "报": "報", "务": "務", "营": "營", "养": "養", "老": "老", "职": "職", "层": "層",
                      "对": "對", "还": "還", "医": "醫", "领": "領", "导": "導", "团": "團", "担": "擔", "无": "無", "偿": "償", "细": "細", "库": "庫", "存": "存", "折": "折", "屋": "屋", "截": "截", "至": "至", "底": "底", "具": "具", "如": "如", "用": "用", "于": "於", "水": "水", "电": "電", "邮": "郵", "差": "差", "旅": "旅", "群": "群", "质": "質", "统": "統", "筹": "籌", "时": "時", "间": "間", "节": "節", "约": "約"})


def trad(s):
    return s.translate(TRAD)


def thin(s):
    """alias of sp: '1286.45' -> '1 286.45'"""
    return sp(s)


def pipeflat(rows):
    """a table printed one cell per line, each line `| cell |` (blank cells kept as `|  |`)"""
    return [f"| {c} |" if c else "|  |" for r in rows for c in r]
