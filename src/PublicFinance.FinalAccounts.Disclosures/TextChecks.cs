using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>Text-level checks (文本检查): placeholders, shares without %, 部门/单位 wording, magnitudes.</summary>
internal static class TextChecks
{
    /// <summary>The template placeholders and contradictory wordings FA8001 reports.</summary>
    internal static readonly string[] Placeholders =
        ["XX", "xx", "××", "某某", "增加(减少)", "减少(增加)", "增长(下降)", "下降(增长)", "减增加", "增减少", "大于(小于)", "小于(大于)"];

    /// <summary>
    /// The first characters of everything the single pass looks for: the placeholders, 占, 本部门/本单位 and a unit's
    /// 我单位/我镇/我院… (<see cref="TextScan"/>).
    /// </summary>
    private static readonly char[] Starts = [.. Placeholders.Select(p => p[0]).Concat(['占', '本', '我']).Distinct()];

    /// <summary>
    /// Endings of an issuer's name that make it one unit, not a department of several (单一单位): an institution (医院,
    /// 学校, 中心, 站, 馆…), a township (镇, 乡, 街道) — 人民政府 after it taken off — or a department's own 本级 report.
    /// </summary>
    private static readonly string[] SingleUnitEndings =
    [
        "医院", "卫生院", "保健院", "学校", "中学", "小学", "幼儿园", "学院", "大学", "研究院", "研究所", "设计院", "中心", "站", "馆",
        "镇", "乡", "街道", "办事处", "办公室", "本级", "(本级)", "（本级）",
    ];

    /// <summary><see cref="Starts"/>, one flag per UTF-16 code unit (<see cref="CharSearch"/>).</summary>
    private static readonly bool[] StartTable = CharSearch.Table(Starts);

#if NET
    private static readonly System.Buffers.SearchValues<char> StartValues = System.Buffers.SearchValues.Create(Starts);
#endif

    /// <summary>The checks over the whole text at once (the scan made here, after the other checks).</summary>
    public static void Run(SourceText source, ReportBuilder builder, bool unitReport, bool departmentStated = false) =>
        Finish(source, builder, unitReport, new TextScan(source), departmentStated);

    /// <summary>
    /// The checks, with the text's scan for placeholders, shares without % and 部门/单位 wording already advanced as far
    /// as the reading passes went (<see cref="TextScan.Advance"/>): the statement checks, then the rest of the scan and
    /// its findings in text order, then the magnitudes — the same findings in the same order as <see cref="Run"/>.
    /// Session 39 (FA8004): 本单位 in a text that never says 本部门 is reported only with evidence of a department of
    /// several units — the title or a heading states 部门决算 (<paramref name="departmentStated"/>), or the text counts or
    /// lists more than one unit (<see cref="UnitCountWords.SaysSeveralUnits"/>) — and no word that it is one unit (no
    /// 所属单位, only its 本级: <see cref="UnitCountWords.SaysOneUnit"/>). A text whose kind is only assumed has no stated
    /// kind for its wording to contradict.
    /// </summary>
    public static void Finish(SourceText source, ReportBuilder builder, bool unitReport, TextScan scan, bool departmentStated = false)
    {
        Statements.StatementChecks.Run(builder.Statements, builder.Findings);
        Statements.ThreePublicSumCheck.Run(builder);
        Statements.FundListSumCheck.Run(builder);   // session 59: a fund's 具体为… list against its 本年支出
        // The title's name drops a bracketed (本级), so the title itself is asked for it.
        var oneUnit = IsSingleUnit(builder.FindString("/entity/name"))
            || builder.FindString("/source/title") is { } title && title.IndexOf("本级", StringComparison.Ordinal) >= 0;
        var severalUnits = true;
        if (!unitReport && !oneUnit && scan.UnitWordAlone)
        {
            var text = source.Text;
            severalUnits = !UnitCountWords.SaysOneUnit(text) && (departmentStated || UnitCountWords.SaysSeveralUnits(text));
        }

        scan.Finish(builder.Findings, unitReport, oneUnit, severalUnits);
        Magnitudes(builder);
    }

    /// <summary>
    /// Whether the issuer named <paramref name="name"/> (the title's, or null) is one unit by its name's ending
    /// (<see cref="SingleUnitEndings"/>): such an issuer speaks of itself as 本单位 in its own 部门决算 (FA8004 is for a
    /// department of several units that writes a unit's words).
    /// </summary>
    internal static bool IsSingleUnit(string? name)
    {
        if (name is null)
        {
            return false;
        }

        var n = name.TrimEnd();
        if (n.EndsWith("人民政府", StringComparison.Ordinal))
        {
            n = n.Substring(0, n.Length - 4);
        }

        foreach (var ending in SingleUnitEndings)
        {
            if (n.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Magnitude: an amount ten thousand times the median of the document's amounts looks like 元 in a 万元 document.
    /// Each claimed amount is parsed once; the amounts are sorted by value and, among equal values, in the order they
    /// were claimed (as a stable sort keeps them: "1.0" and "1.00" are equal, and the median is shown as written).
    /// The values and their claims' indices are kept in two arrays rented from the shared pool (a list of claim and
    /// value pairs grown by doubling, and a second array to sort, allocated ≈ 11 KB on the seed).
    /// </summary>
    private static void Magnitudes(ReportBuilder builder)
    {
        var claims = builder.Claims;
        var pool = System.Buffers.ArrayPool<(decimal Value, int Order)>.Shared;
        var amounts = pool.Rent(claims.Count);
        var count = 0;
        for (var i = 0; i < claims.Count; i++)
        {
            var c = claims[i];
            if (c.Kind == ClaimKind.Amount && TryParseAmount(c.Value, out var v) && v > 0)
            {
                amounts[count++] = (v, i);   // the claim's index: in the order claimed, as the sort's tie-break wants
            }
        }

        if (count >= 5)
        {
            var sorted = pool.Rent(count);
            Array.Copy(amounts, sorted, count);
            Array.Sort(sorted, 0, count, ByValueThenOrder.Instance);
            var median = sorted[count / 2].Value;
            pool.Return(sorted);
            for (var k = 0; k < count; k++)
            {
                var (value, index) = amounts[k];
                // Divided, not multiplied: a median near decimal.MaxValue must not overflow. A value at most the median is
                // never more than 10,000 times it (value / 10000 ≤ value for a positive value), so it is not divided.
                if (median > 0 && value > median && value / 10000m > median)
                {
                    var claim = claims[index];
                    var (zh, en) = DisclosureMessages.Magnitude(claim.Value, median);
                    builder.Findings.Add(TextRules.Finding(TextRules.Magnitude, claim.Span, claim.Pointer, zh, en));
                }
            }
        }

        pool.Return(amounts);
    }

    /// <summary>
    /// <c>decimal.TryParse(text, NumberStyles.Number, InvariantCulture)</c>: the common shape of a claimed amount — 1 to 18
    /// digits with at most one '.' between digits ("12834.56", "0.50") — read here as its mantissa and scale (the same
    /// decimal to the bit: trailing zeros kept, no sign); anything else by <c>decimal.TryParse</c>. The runtime's parser
    /// was a fifth of the magnitude check on the seed (session 18's profile).
    /// </summary>
    internal static bool TryParseAmount(string text, out decimal value)
    {
        ulong mantissa = 0;
        var digits = 0;
        var point = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is >= '0' and <= '9')
            {
                if (++digits > 18)
                {
                    break;   // more than a ulong surely holds: decimal.TryParse decides
                }

                mantissa = (mantissa * 10) + (uint)(c - '0');
            }
            else if (c == '.' && point < 0 && i > 0 && i + 1 < text.Length)
            {
                point = i;
            }
            else
            {
                digits = 0;   // not the plain shape
                break;
            }
        }

        if (digits is > 0 and <= 18)
        {
            var scale = point < 0 ? 0 : text.Length - point - 1;
            value = new decimal(unchecked((int)(uint)mantissa), unchecked((int)(uint)(mantissa >> 32)), 0, false, (byte)scale);
            return true;
        }

        var invariant = System.Globalization.CultureInfo.InvariantCulture;
        return decimal.TryParse(text, System.Globalization.NumberStyles.Number, invariant, out value);
    }

    /// <summary>Orders amounts by value, then by the order they were claimed in (a stable sort by value).</summary>
    private sealed class ByValueThenOrder : IComparer<(decimal Value, int Order)>
    {
        public static readonly ByValueThenOrder Instance = new();

        public int Compare((decimal Value, int Order) x, (decimal Value, int Order) y)
            => x.Value.CompareTo(y.Value) is var byValue && byValue != 0 ? byValue : x.Order.CompareTo(y.Order);   // decimals once
    }

    /// <summary>
    /// The next index from <paramref name="from"/> on that holds one of <see cref="Starts"/>, or -1; the stretches
    /// <paramref name="blank"/> marks as white space (<see cref="SourceText.BlankChunks"/>) are passed over unread.
    /// </summary>
    internal static int NextStart(string text, int from, bool[]? blank)
    {
#if NET
        return NextIn(text, from, blank, StartTable, StartValues);
#else
        return NextIn(text, from, blank, StartTable, Starts);
#endif
    }

    /// <summary>
    /// The first index at or after <paramref name="from"/> that holds one of <paramref name="chars"/>, or -1, searching
    /// one <see cref="SourceText.ChunkLength"/> stretch at a time and passing over the ones <paramref name="blank"/>
    /// marks as holding only white space (none of the characters searched for is white space, so none is there): the
    /// whole-text passes after the block splitter do not stream the blank stretches of a text from memory again.
    /// </summary>
    /// <param name="text">The normalised text.</param>
    /// <param name="from">Where to start.</param>
    /// <param name="blank">One flag per stretch (<see cref="SourceText.BlankChunks"/>), or null.</param>
    /// <param name="chars">What to find (no white space among them).</param>
#if NET
    internal static int NextOf(string text, int from, bool[]? blank, System.Buffers.SearchValues<char> chars)
#else
    internal static int NextOf(string text, int from, bool[]? blank, char[] chars)
#endif
        => NextIn(text, from, blank, null, chars);

    /// <summary>
    /// <see cref="NextOf"/>, with <paramref name="table"/> (the same characters as <paramref name="chars"/>, one flag per
    /// UTF-16 code unit) when they come thick: a few characters are then tested one by one before the vectorised search
    /// (<see cref="CharSearch"/>; 增, 减 and 本 of the text checks are frequent in Chinese text).
    /// </summary>
#if NET
    private static int NextIn(string text, int from, bool[]? blank, bool[]? table, System.Buffers.SearchValues<char> chars)
#else
    private static int NextIn(string text, int from, bool[]? blank, bool[]? table, char[] chars)
#endif
    {
        if (blank is null)
        {
            return from >= text.Length ? -1 : Find(text, from, text.Length, table, chars);
        }

        while (from < text.Length)
        {
            var chunk = from / SourceText.ChunkLength;
            var end = Math.Min((chunk + 1) * SourceText.ChunkLength, text.Length);
            if (chunk >= blank.Length || !blank[chunk])
            {
                var at = Find(text, from, end, table, chars);
                if (at >= 0)
                {
                    return at;
                }
            }

            from = end;
        }

        return -1;
    }

    /// <summary>The first index in [from, end) that holds one of <paramref name="chars"/> (<paramref name="table"/>), or -1.</summary>
#if NET
    private static int Find(string text, int from, int end, bool[]? table, System.Buffers.SearchValues<char> chars)
    {
        if (table is not null)
        {
            var found = CharSearch.IndexOf(text, from, end, table, chars);
            return found == end ? -1 : found;
        }

        var at = text.AsSpan(from, end - from).IndexOfAny(chars);
        return at < 0 ? -1 : from + at;
    }
#else
    private static int Find(string text, int from, int end, bool[]? table, char[] chars)
    {
        if (table is not null)
        {
            var found = CharSearch.IndexOf(text, from, end, table);
            return found == end ? -1 : found;
        }

        return text.IndexOfAny(chars, from, end - from);
    }
#endif

    /// <summary>
    /// Session 59: the first characters of units of measure a number after 占 may carry (占地236.5亩, 占用土地12.5公顷): such a
    /// number is a quantity, not a share missing its % (FA8002).
    /// </summary>
    private static readonly char[] QuantityUnitChars = ['亩', '公', '顷', '米', '平', '里', '吨', '册', '卷', '户', '座', '栋', '间'];

    /// <summary>
    /// "占 98.37，" — a share without its percent sign, at the 占 at <paramref name="i"/>; null when there is none. A tab or a
    /// bar between 占 and the number (session 46) is a table's cell border: a header's 占比 over the next row's amount
    /// (<c>占比</c> / <c>一般公共服务支出\t372,012.37</c>) is no share.
    /// </summary>
    internal static Diagnostic? ShareWithoutPercent(SourceText source, string text, int i)
    {
        // Session 59 (blind round 56 t10): 占地 X 亩 and a number followed by a unit of measure (亩, 公顷, 米 …) is a
        // quantity, not a share missing its % (see QuantityUnitChars).
        var j = i + 1;
        // Session 46 (blind 43, t04): a tab or a bar is a table's cell border — the header "占比" of a 元 table is no share of
        // the next row's amount ("占比\n一般公共服务支出\t372,012.37\t1.62%").
        while (j < text.Length && j - i < 20 && !Scanner.IsDigit(text[j]) && text[j] is not (',' or '。' or ';' or '\t' or '|'))
        {
            j++;
        }

        if (j >= text.Length || !Scanner.IsDigit(text[j]) || Scanner.PercentWordBefore(text, i + 1, j))
        {
            return null;   // session 49: "占百分之72.30" — 百分之 is the percent sign (Scanner.PercentWord)
        }

        // The first number of the next 30 characters, read where it is (Scanner.NextIn finds in the view what the scanner
        // finds in the view's substring, with positions in the text): no substring, no list of every number in it.
        var at = j;
        if (Scanner.NextIn(text, j, j + Math.Min(30, text.Length - j), ref at, out var first)
            && first.Start == j && first.Unit == FigureUnit.None && first.Decimals > 0
            && !(i + 1 < text.Length && text[i + 1] == '地')   // session 59: "学校占地236.5亩", an area, not a share
            && !(first.End < text.Length && Array.IndexOf(QuantityUnitChars, text[first.End]) >= 0))
        {
            var (zh, en) = DisclosureMessages.ShareWithoutPercent(first.Digits);
            return TextRules.Finding(TextRules.ShareWithoutPercent, source.Span(i, first.End), null, zh, en);
        }

        return null;
    }
}
