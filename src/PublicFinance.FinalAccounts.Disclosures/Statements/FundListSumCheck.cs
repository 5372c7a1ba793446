namespace PublicFinance.FinalAccounts.Disclosures.Statements;

/// <summary>
/// Session 59 (prose59, blind round 55 t03): a fund's expenditure followed by the list of its items that the text declares
/// complete (具体为 / 分别为…) — "本年支出17902.32万元，具体为：大中型水库库区基金安排的…支出（2136601）1236.45万元，…（2136902）1149.62万元，
/// …（2299904）14860.00万元，…（2320499）386.25万元。" The items are the fund's <c>items</c>, but no rule of the catalogue sums them
/// (a 说明 often names only the main items: 主要用于…), so a wrong item went unseen. Here the list is weighed against the
/// expenditure (FA8006, 合计与文中各部分之和不符) only when the text shows it is the whole: the list opens right after the
/// expenditure's figure with a completing word, every item of the fund's list is in it in order, and the sentence holds no
/// other money figure from the word to its end. A difference beyond the rounding of the written figures is an Error.
/// </summary>
internal static class FundListSumCheck
{
    /// <summary>The words after a total that say the list after them is the whole (具体为: "specifically").</summary>
    private static readonly string[] CompletingWords = ["具体为", "具体是", "具体如下", "明细如下", "分别为", "分别是", "分别用于"];

    /// <summary>The fund statements whose lists are weighed, with their names for the message.</summary>
    private static readonly (string Fund, string Zh, string En)[] Funds =
    [
        ("/narrative/governmentFund", "政府性基金预算财政拨款本年支出", "the government fund's expenditure of the year"),
        ("/narrative/stateCapital", "国有资本经营预算财政拨款本年支出", "the state capital fund's expenditure of the year"),
    ];

    /// <summary>Adds the findings for the report being built by <paramref name="b"/>.</summary>
    public static void Run(ReportBuilder b)
    {
        foreach (var (fund, zh, en) in Funds)
        {
            if (b.Find(fund + "/items") is { Kind: DraftKind.Array, Count: >= 2 } items
                && b.Find(fund + "/currentYearExpenditure/amount") is { Kind: DraftKind.String, Mapped: true } total)
            {
                Check(b, items, total, zh, en);
            }
        }
    }

    private static void Check(ReportBuilder b, DraftNode items, DraftNode total, string zh, string en)
    {
        var source = b.Source;
        var text = source.Original;
        var totalEnd = source.OffsetOf(total.Span.EndLine, total.Span.EndColumn);
        if (totalEnd < 0 || !TextChecks.TryParseAmount(total.Text, out var whole))
        {
            return;
        }

        // The completing word right after the total ("17902.32万元，具体为：").
        var at = totalEnd + 1;
        while (at < text.Length && text[at] is '，' or ',' or ' ' or '\u3000')
        {
            at++;
        }

        var word = CompletingWordAt(text, at);
        if (word == 0)
        {
            return;
        }

        var listStart = at + word;
        var sum = 0m;
        var slack = Statement.HalfUnitOfDigits(total.Text);
        var previous = listStart;
        var starts = new int[items.Count];
        var terms = new System.Text.StringBuilder();
        for (var k = 0; k < items.Count; k++)
        {
            if (items.At(k).Member("amount") is not { Kind: DraftKind.String, Mapped: true } amount
                || !TextChecks.TryParseAmount(amount.Text, out var value))
            {
                return;
            }

            var start = source.OffsetOf(amount.Span.StartLine, amount.Span.StartColumn);
            if (start < previous)
            {
                return;   // an item before the list (or out of order): the list is not the fund's whole list
            }

            starts[k] = start;
            previous = source.OffsetOf(amount.Span.EndLine, amount.Span.EndColumn) + 1;
            sum += value;
            slack += Statement.HalfUnitOfDigits(amount.Text);
            terms.Append(k == 0 ? string.Empty : " + ").Append(amount.Text);
        }

        // One sentence, one line: from the word to the last item no full stop or line break; to the sentence's end no money
        // figure that is not an item (a part of an item, a figure of another kind: the list would not be what it seems).
        var end = SentenceEnd(text, listStart);
        if (end < previous || !OnlyItemsAreMoney(text, listStart, end, starts))
        {
            return;
        }

        var gap = whole - sum;
        if (Math.Abs(gap) <= slack)
        {
            return;
        }

        var (messageZh, messageEn) = DisclosureMessages.FundListNotItsTotal(
            zh, en, total.Text, text.Substring(at, word), terms.ToString(), Show(sum), Show(gap));
        b.Findings.Add(TextRules.Finding(TextRules.PartsSum, total.Span, null, messageZh, messageEn));
    }

    /// <summary>The length of the completing word at <paramref name="at"/> of <paramref name="text"/>, or 0 when none is there.</summary>
    private static int CompletingWordAt(string text, int at)
    {
        foreach (var w in CompletingWords)
        {
            if (at + w.Length <= text.Length && string.CompareOrdinal(text, at, w, 0, w.Length) == 0)
            {
                var end = at + w.Length;
                if (end < text.Length && text[end] is '：' or ':')
                {
                    end++;
                }

                return end - at;
            }
        }

        return 0;
    }

    /// <summary>The index of the first full stop or line break at or after <paramref name="from"/> (or the text's end).</summary>
    private static int SentenceEnd(string text, int from)
    {
        var end = from;
        while (end < text.Length && text[end] is not ('。' or '\n' or '\r'))
        {
            end++;
        }

        return end;
    }

    /// <summary>Whether every money figure in [from, end) of <paramref name="text"/> starts where an item's amount starts.</summary>
    private static bool OnlyItemsAreMoney(string text, int from, int end, int[] starts)
    {
        var at = from;
        var seen = 0;
        while (Scanner.NextIn(text, from, end, ref at, out var figure))
        {
            if (!figure.IsMoney)
            {
                continue;
            }

            if (Array.IndexOf(starts, figure.Start) < 0)
            {
                return false;
            }

            seen++;
        }

        return seen == starts.Length;
    }

    private static string Show(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
