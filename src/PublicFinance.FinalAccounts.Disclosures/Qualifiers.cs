namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// What a figure is of, as far as its sentence says (限定语): fund type, income or expenditure, total or subtotal,
/// staffing category, 三公 item, basis (budget, prior year, a named year) — each the last such word before the figure.
/// Two statements of one report field are "the same figure" (FA8003) only when their qualifiers agree; otherwise they
/// are different figures that the model folds into one field, and the second is not placed (a note says so).
/// </summary>
internal static class Qualifiers
{
    /// <summary>Groups of words; in each, the word nearest the figure (the last one before it) is the qualifier.</summary>
    private static readonly (string Group, string[] Words)[] Groups =
    [
        ("fund", new[] { "一般公共预算", "政府性基金", "国有资本经营" }),
        ("flow", new[] { "收支", "收入", "支出", "收、支" }),
        ("scope", new[] { "总计", "合计", "其中" }),
        ("staff", new[] { "行政编制", "事业编制", "工勤", "行政", "事业", "离休", "退休" }),
        ("item", new[] { "出国", "购置", "运行", "接待", "公务用车", "三公", "机关运行", "基本支出", "项目支出", "人员经费", "公用经费" }),
        ("basis", new[] { "年初预算", "全年预算", "调整预算", "预算", "上年", "上一年", "同期" }),
    ];

    /// <summary>The qualifier key of a figure, from the sentence text before it.</summary>
    /// <param name="prefix">The sentence up to the figure.</param>
    /// <param name="fiscalYear">
    /// The document's year (0 when unknown): that year is not a "named year"; when it is unknown, every written year is.
    /// </param>
    public static string Key(string prefix, int fiscalYear) => Key(prefix, 0, prefix.Length, fiscalYear);

    /// <summary>The qualifier key of a figure from the text [start, end) before it, without copying that text.</summary>
    /// <param name="text">The normalised text.</param>
    /// <param name="start">Start of the stretch read (inclusive).</param>
    /// <param name="end">End of the stretch read (exclusive): where the figure starts.</param>
    /// <param name="fiscalYear">The document's year (0 when unknown).</param>
    public static string Key(string text, int start, int end, int fiscalYear)
    {
        start = Math.Max(0, Math.Min(start, text.Length));
        end = Math.Max(start, Math.Min(end, text.Length));
        if (end == start)
        {
            return string.Empty;
        }

        var sb = new StringBuilder();
        foreach (var (group, words) in Groups)
        {
            var best = -1;
            string? found = null;
            foreach (var word in words)
            {
                var at = text.LastIndexOf(word, end - 1, end - start, StringComparison.Ordinal);
                if (at > best || at == best && at >= 0 && found is not null && word.Length > found.Length)
                {
                    best = at;
                    found = word;
                }
            }

            if (found is not null)
            {
                sb.Append(group).Append('=').Append(found).Append(';');
            }
        }

        var year = NamedYear(text, start, end, fiscalYear);
        if (year != 0)
        {
            sb.Append("year=").Append(year.ToString(CultureInfo.InvariantCulture)).Append(';');
        }

        return sb.ToString();
    }

    /// <summary>The last year written as "2014年" in [start, end) that is not the document's own year (0 if none).</summary>
    private static int NamedYear(string text, int start, int end, int fiscalYear)
    {
        for (var i = end - 1; i >= start + 4; i--)
        {
            if (text[i] != '年')
            {
                continue;
            }

            var ok = true;
            var value = 0;
            for (var k = i - 4; k < i; k++)
            {
                ok &= text[k] is >= '0' and <= '9';
                value = value * 10 + (text[k] - '0');
            }

            if (ok && (i - 5 < start || text[i - 5] is < '0' or > '9') && value is >= FiscalYearRange.First and <= FiscalYearRange.Last)
            {
                return value == fiscalYear ? 0 : value;
            }
        }

        return 0;
    }
}
