namespace PublicFinance.FinalAccounts.Disclosures;

internal sealed partial class NarrativeReader
{
    /// <summary>
    /// The subjects a clause after ';' may state a figure of its own for, beyond those <see cref="ReasonEnd(string, int)"/>
    /// knows (本年, 收入, 支出, a 三公 item): "…主要是工资增加；年初结转和结余 15.20 万元", "…；完成年初预算 17800.00 万元的
    /// 103.37%", "…主要是调资；公用经费 23.70 万元，占4.86%…" (session 40: the 基本支出's other part), "…；其他科目 638.28 万元" (session
    /// 48: the general budget's residual entry, <see cref="OtherItemsEntry"/>). The clause must start
    /// with its figure's label (no direction word before the figure).
    /// </summary>
    private static readonly string[] ReasonStopSubjects = ["结转", "结余", "预算", "总计", "合计", "人员经费", "公用经费", "其他科目",
        "其余科目"];

    /// <summary>
    /// Where the reason starting at <paramref name="reasonAt"/> of the sentence [<paramref name="from"/>, <paramref name="to"/>)
    /// of <paramref name="t"/> ends — at most <paramref name="to"/> (the end found before). Session 22's blind texts: a reason
    /// swallowed the clauses after it. It ends at the first ';' after which
    /// <list type="bullet">
    /// <item>the next item of the list the reason's own item belongs to starts ("（1）行政运行（项）326.48 万元，增长 8.41%，
    /// 主要是调资；（2）学前教育（项）1856.20 万元…": the same marker style, the next number, and a figure of its own before
    /// any direction word), or</item>
    /// <item>a clause states a figure of its own with a subject of <see cref="ReasonStopSubjects"/> ("；年初结转和结余
    /// 15.20 万元").</item>
    /// </list>
    /// A list of reasons ("一是…；二是…", "（1）…；（2）…" after the marker) goes on: its markers follow the reason marker, and
    /// their items state a direction before any figure.
    /// </summary>
    private static int ReasonStop(string t, int from, int to, int reasonAt)
    {
        if (reasonAt < 0 || t.IndexOf(';', reasonAt, to - reasonAt) < 0)
        {
            return to;
        }

        var own = OwnListMarker(t, from, reasonAt);
        for (var s = t.IndexOf(';', reasonAt, to - reasonAt); s >= 0 && s + 1 < to; s = t.IndexOf(';', s + 1, to - s - 1))
        {
            var rest = s + 1;
            while (rest < to && char.IsWhiteSpace(t[rest]))
            {
                rest++;
            }

            var clauseEnd = ClauseEndAt(t, rest, to);
            if (own is var (style, number) && ListMarker(t, rest, to) is var (nextStyle, nextNumber, length)
                && nextStyle == style && nextNumber == number + 1 && StartsWithFigure(t, rest + length, ClauseEndAt(t, rest + length, to))
                && OwnListMarker(t, reasonAt, s) is null)
            {
                return s;
            }

            if (StartsWithFigure(t, rest, clauseEnd) && HasAnyIn(t, rest, clauseEnd, ReasonStopSubjects)
                && !StartsWithAny(t, rest, to, ReasonListWords))
            {
                return s;
            }

            // session 44: "；本年支出减少…，主要原因是…"; session 48: "；审计管理(2010806)调整预算150.00万元…"
            if (ItemAfterReason(t, rest, to) || FlowChangeAfterReason(t, rest, to) || CodedItemAfterReason(t, rest, to)
                || ListMarker(t, rest, to) is var (_, _, marked) && CodedItemAfterReason(t, rest + marked, to))   // s64: "；3.…（2080505）X万元"
            {
                return s;   // blind round 30 (C): "…主要是厉行节约；2.一般行政管理事务（项）：年初预算为…" — the next item's
            }
        }

        return to;
    }

    /// <summary>
    /// Whether the clause at <paramref name="at"/> (after a ';' inside a reason) starts the next functional item of a list
    /// (blind round 30, family C): after a list marker of any style, a 款 or 项 named by its level mark or its code
    /// (<see cref="TryFunctionalName"/>) that is either alone before ':' or the sentence's end ("2.一般行政管理事务（项）：…",
    /// "（3）机关事业单位基本养老保险缴费支出（项）。") or followed by a figure of its own before any direction word ("2.一般行政
    /// 管理事务（项）支出决算为 80.00 万元"). Its figures are that item's: the reason before it — whose own item's marker may be
    /// the paragraph's, already taken off — never runs across it. A reason's own list ("主要是：（1）行政运行（项）增加 20.00
    /// 万元") names its items with a direction before the figure, and goes on.
    /// </summary>
    private static bool ItemAfterReason(string t, int at, int to)
    {
        var marker = ListMarker(t, at, to);
        var start = marker is var (_, _, length) ? at + length : at;
        var end = start;
        while (end < to && t[end] is not (':' or ',' or ';' or '。') && !Scanner.IsDigit(t[end]))
        {
            end++;
        }

        if (marker is not null && end < to && t[end] == ':' && end - start is >= 2 and <= 30
            && ItemNameAt(t, start, end, null))
        {
            return true;   // "；2.一般行政管理事务：年初预算为…": a numbered 项 name the catalogue lists, before its colon
        }

        if (marker is not null && NameBeforeAmountPhrase(t, start, to, out var phraseAt)
            && StartsWithFigure(t, phraseAt, ClauseEndAt(t, phraseAt, to))
            && (ItemNameAt(t, start, phraseAt, null)
                || UnplaceableItemName(t.Substring(start, phraseAt - start))))
        {
            return true;   // session 33: "；2.一般行政管理事务年初预算为 50.00 万元…" — a name, then its own amount
        }

        if (end - start is < 4 or > 80 || t.IndexOf("(项)", start, end - start, StringComparison.Ordinal) < 0
            && t.IndexOf("(款)", start, end - start, StringComparison.Ordinal) < 0)
        {
            return false;   // (no code is looked for: a digit ends the name, and a label is cut out only with a level mark)
        }

        var label = t.Substring(start, end - start);
        if (!TryFunctionalName(label, 0, out var name))
        {
            return false;
        }

        var after = start + name.RestStart;
        var alone = after >= end || IsBlank(t.AsSpan(after, end - after));
        return alone && (end >= to || t[end] is ':' or '。') || StartsWithFigure(t, after, ClauseEndAt(t, after, to));
    }

    /// <summary>
    /// Whether <paramref name="name"/> is a name the catalogue gives only to 项 for <paramref name="year"/> (any year when
    /// null): "行政运行", "一般行政管理事务" — not a 类 or 款 name as well ("教育支出", "普通教育"). Part of
    /// <see cref="ItemNameAt"/>, the one recogniser of an item named without its 类.
    /// </summary>
    private static bool OnlyAnItemName(string name, int? year)
    {
        var codes = Classification.ClassificationCatalogue.Default.FindFunctionalByName(name, year);
        if (codes.Count == 0)
        {
            return false;
        }

        for (var i = 0; i < codes.Count; i++)
        {
            if (codes[i].Level != Classification.FunctionalLevel.Item)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether one of <paramref name="words"/> is written at <paramref name="at"/> ("二是…": a list of reasons goes on).</summary>
    private static bool StartsWithAny(string t, int at, int to, string[] words)
    {
        foreach (var word in words)
        {
            if (Scanner.Starts(t, at, word, to))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The end of the clause at <paramref name="at"/>: the next ',' or ';' outside brackets, or <paramref name="to"/>.</summary>
    private static int ClauseEndAt(string t, int at, int to)
    {
        var depth = 0;
        for (var i = at; i < to; i++)
        {
            switch (t[i])
            {
                case '(':
                    depth++;
                    break;
                case ')':
                    depth = Math.Max(0, depth - 1);
                    break;
                case ',' or ';' when depth == 0:
                    return i;
            }
        }

        return to;
    }

    /// <summary>
    /// The list marker of the item a reason at <paramref name="end"/> belongs to: the last marker in [<paramref name="from"/>,
    /// <paramref name="end"/>) at the start of the stretch or after ':' or ';' — its style and number; null when none.
    /// </summary>
    private static (int Style, int Number)? OwnListMarker(string t, int from, int end)
    {
        for (var p = end - 1; p >= from; p--)
        {
            if ((p == from || t[p - 1] is ':' or ';') && ListMarker(t, p, end) is var (style, number, _))
            {
                return (style, number);
            }
        }

        return null;
    }

    /// <summary>
    /// The list marker written at <paramref name="p"/>: (1)/(一) (styles 1, 2), 1./1、 (3, 4), 一、 (5), ①…⑩ (6) — with its
    /// number and length; null when none ("2023年" is no marker: a marker's digits are one or two and a mark follows).
    /// </summary>
    private static (int Style, int Number, int Length)? ListMarker(string t, int p, int to)
    {
        if (p >= to)
        {
            return null;
        }

        if (t[p] is >= '①' and <= '⑩')
        {
            return (6, t[p] - '①' + 1, 1);
        }

        var paren = t[p] == '(';
        var at = paren ? p + 1 : p;
        if (at < to && ChineseDigit(t[at], out var chinese))
        {
            return paren && at + 1 < to && t[at + 1] == ')' ? (2, chinese, 3)
                : !paren && at + 1 < to && t[at + 1] == '、' ? (5, chinese, 2) : null;
        }

        var number = 0;
        var digits = 0;
        while (at < to && digits < 3 && Scanner.IsDigit(t[at]))
        {
            number = number * 10 + (t[at] - '0');
            at++;
            digits++;
        }

        if (digits is 0 or 3 || at >= to)
        {
            return null;
        }

        return t[at] switch
        {
            ')' when paren => (1, number, at + 1 - p),
            '、' when !paren => (4, number, at + 1 - p),
            '.' when !paren && (at + 1 >= to || !Scanner.IsDigit(t[at + 1])) => (3, number, at + 1 - p),
            _ => null,
        };
    }

    /// <summary>一 … 十 as 1 … 10.</summary>
    private static bool ChineseDigit(char c, out int value)
    {
        value = "一二三四五六七八九十".IndexOf(c) + 1;
        return value > 0;
    }
}
