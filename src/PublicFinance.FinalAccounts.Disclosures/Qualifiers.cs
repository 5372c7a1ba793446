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
    internal static readonly (string Group, string[] Words)[] Groups =
    [
        ("fund", new[] { "一般公共预算", "政府性基金", "国有资本经营" }),
        ("flow", new[] { "收支", "收入", "支出", "收、支" }),
        ("scope", new[] { "总计", "合计", "其中" }),
        ("staff", new[] { "行政编制", "事业编制", "工勤", "行政", "事业", "离休", "退休" }),
        ("item", new[] { "出国", "购置", "运行", "接待", "公务用车", "三公", "机关运行", "基本支出", "项目支出", "人员经费", "公用经费" }),
        ("basis", new[] { "年初预算", "全年预算", "调整预算", "预算", "上年", "上一年", "同期" }),

        // "局机关内设 12 个科室，下设派出所 18 个" (session 21): the internal divisions and the units below are two figures.
        ("division", new[] { "内设", "下设" }),
    ];

    /// <summary>The index of the basis group in <see cref="Groups"/>.</summary>
    private static readonly int BasisGroup = Array.FindIndex(Groups, g => g.Group == "basis");

    /// <summary>
    /// The index of the bare 预算 among the basis words: not taken where it ends a fund's name before the words of the fund's
    /// money (政府性基金预算财政拨款支出 821.30 万元 is the fund's actual, not a budget: session 46, <see cref="FundNameBudget"/>).
    /// </summary>
    private static readonly int BareBudget = Array.IndexOf(Groups[BasisGroup].Words, FundNameBudget.BudgetWord);

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
    /// <remarks>
    /// One backward scan: it jumps from one character that can start a word of a group to the previous one, compares
    /// there only the words that start with it, and stops once every group has its word — the first place a group's
    /// word is met from the end is the last occurrence that one <c>LastIndexOf</c> per word found (at one place the
    /// longest word wins, as before). The key of each set of words found is made once and shared.
    /// </remarks>
    public static string Key(string text, int start, int end, int fiscalYear)
    {
        start = Math.Max(0, Math.Min(start, text.Length));
        end = Math.Max(start, Math.Min(end, text.Length));
        if (end == start)
        {
            return string.Empty;
        }

        // The word found per group, as its index + 1 (0: none), four bits a group.
        var found = 0L;
        var open = Groups.Length;
        var p = end;
        while (open > 0 && (p = PreviousWordStart(text, start, p)) >= 0)
        {
            foreach (var (group, word, index) in ByFirst[FirstIndex(text[p])])
            {
                var shift = group * 4;
                if ((found >> shift & 0xF) == 0 && Scanner.Starts(text, p, word, end)
                    && !(group == BasisGroup && index == BareBudget && FundNameBudget.InFundName(text, start, p, end)))
                {
                    found |= (long)(index + 1) << shift;
                    open--;
                }
            }
        }

        var year = NamedYear(text, start, end, fiscalYear);
        var id = found | (long)year << (Groups.Length * 4);
        return id == 0 ? string.Empty : KeyOf(id, found, year);
    }

    /// <summary>The key of the words <paramref name="found"/> and the named year, made once per set.</summary>
    private static string KeyOf(long id, long found, int year)
    {
        if (MadeKeys.TryGetValue(id, out var key))
        {
            return key;
        }

        var sb = new StringBuilder();
        for (var g = 0; g < Groups.Length; g++)
        {
            var index = (int)(found >> (g * 4) & 0xF);
            if (index > 0)
            {
                sb.Append(Groups[g].Group).Append('=').Append(Groups[g].Words[index - 1]).Append(';');
            }
        }

        if (year != 0)
        {
            sb.Append("year=").Append(year.ToString(CultureInfo.InvariantCulture)).Append(';');
        }

        key = sb.ToString();
        if (System.Threading.Volatile.Read(ref madeKeyCount) < MaxMadeKeys && MadeKeys.TryAdd(id, key))
        {
            System.Threading.Interlocked.Increment(ref madeKeyCount);
        }

        return key;
    }

    /// <summary>The keys made so far, by the words found and the year (bounded: beyond it a key is made each time).</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<long, string> MadeKeys = new();

    /// <summary>How many keys <see cref="MadeKeys"/> holds (counted here: the dictionary's count takes all its locks).</summary>
    private static int madeKeyCount;

    /// <summary>The most keys <see cref="MadeKeys"/> keeps; a key beyond them is made each time it is asked for.</summary>
    private const int MaxMadeKeys = 4096;

    /// <summary>The characters a word of a group starts with.</summary>
    private static readonly string FirstChars = new(Groups.SelectMany(g => g.Words).Select(w => w[0]).Distinct().ToArray());

    /// <summary>The characters of <see cref="FirstChars"/> for the vectorised backward search.</summary>
#if NET
    private static readonly System.Buffers.SearchValues<char> FirstValues = System.Buffers.SearchValues.Create(FirstChars);
#else
    private static readonly char[] FirstValues = FirstChars.ToCharArray();
#endif

    /// <summary>
    /// The words of every group by their first character (<see cref="FirstIndex"/>), longest first within a group, so
    /// that at one place the longest word of a group is the one taken.
    /// </summary>
    private static readonly (int Group, string Word, int Index)[][] ByFirst = BuildByFirst();

    /// <summary>
    /// Where <paramref name="c"/> is in <see cref="FirstChars"/> (the row of <see cref="ByFirst"/>), −1 when a word
    /// cannot start with it.
    /// </summary>
    private static int FirstIndex(char c) => FirstChars.IndexOf(c);

    /// <summary>The last place before <paramref name="before"/> (and not before <paramref name="start"/>) where a word of
    /// a group can start; −1 when there is none.</summary>
    private static int PreviousWordStart(string text, int start, int before)
    {
        var at = text.AsSpan(start, before - start).LastIndexOfAny(FirstValues);
        return at < 0 ? -1 : start + at;
    }

    /// <summary>Builds <see cref="ByFirst"/> from <see cref="Groups"/>.</summary>
    private static (int Group, string Word, int Index)[][] BuildByFirst()
    {
        var table = new (int Group, string Word, int Index)[FirstChars.Length][];
        for (var f = 0; f < FirstChars.Length; f++)
        {
            table[f] = Groups
                .SelectMany((g, group) => g.Words.Select((word, index) => (Group: group, Word: word, Index: index)))
                .Where(w => w.Word[0] == FirstChars[f])
                .OrderBy(w => w.Group).ThenByDescending(w => w.Word.Length)
                .ToArray();
        }

        return table;
    }

    /// <summary>The last year written as "2014年" in [start, end) that is not the document's own year (0 if none).</summary>
    private static int NamedYear(string text, int start, int end, int fiscalYear)
    {
        // From one 年 to the one before it (what a step per character, skipping every other character, found).
        for (var i = end - 1; i >= start + 4; i--)
        {
            i = text.LastIndexOf('年', i, i - (start + 4) + 1);
            if (i < 0)
            {
                break;
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
