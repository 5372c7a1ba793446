using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

internal sealed partial class NarrativeReader
{
    /// <summary>
    /// The 三公 items a clause may say spent nothing, each name with its field under <c>threePublic</c>, a longer name before
    /// a name it contains (so 公务用车购置及运行维护费 is not read as 公务用车购置费 plus a residue).
    /// </summary>
    private static readonly (string Name, string Item)[] ZeroItemNames =
    [
        ("公务用车购置及运行维护费", "vehiclesSubtotal"), ("公务用车购置及运行费", "vehiclesSubtotal"),
        ("因公出国(境)费用", "overseasTravel"), ("因公出国(境)经费", "overseasTravel"), ("因公出国(境)费", "overseasTravel"),
        ("出国(境)费", "overseasTravel"), ("因公出国费", "overseasTravel"),
        ("公务用车运行维护费", "vehicleOperation"), ("公务用车运行费", "vehicleOperation"), ("车辆运行维护费", "vehicleOperation"),
        ("公务用车购置费", "vehiclePurchase"), ("车辆购置费", "vehiclePurchase"),
        ("公务接待费", "reception"),
    ];

    /// <summary>What says an item spent nothing: one of them must be in the clause (the cheap first test).</summary>
    private static readonly string[] NothingWords = ["均未发生", "未发生", "均无支出", "无支出", "均没有支出", "没有支出", "均为零", "为零"];

    /// <summary>
    /// What may stand beside the item names and the nothing word in such a clause (joiners, "其中:", "本年度", "支出", "均"):
    /// anything else left over means the clause says more than "these items spent nothing" and nothing is read.
    /// </summary>
    private static readonly string[] ZeroClauseFillers =
        ["其中", "本年度", "本年", "当年", "全年", "年度", "支出", "以及", "、", "和", "与", "及", "均", "都", ":", " "];

    /// <summary>
    /// "因公出国（境）费和公务用车购置费无支出", "因公出国（境）费、公务用车购置及运行维护费均未发生", "其中：因公出国（境）费未发生":
    /// in the 三公 section, a clause without a figure that consists of 三公 item names and a word saying they spent nothing
    /// (precision first: nothing else may be left in it, so "未发生变化" or "无公务用车" read nothing) states each named item's
    /// amount as zero — written with the decimals of the 三公 total when that is stated (an exact zero, no rounding slack),
    /// and never over an amount read anywhere in the narrative (placed at its end, <see cref="PlaceZeroItems"/>).
    /// </summary>
    private void ZeroThreePublicItems(ClauseView clause)
    {
        if (!ContainsAny(clause, NothingWords))
        {
            return;
        }

        // "因公出国（境）费、公务用车购置及运行维护费均未发生": 、 breaks clauses, so the list starts in the clauses before.
        var sentence = clause.Sentence.Text;
        var from = clause.Start;
        while (from > 0 && sentence[from - 1] == '、')
        {
            var previous = from < 2 ? 0 : sentence.LastIndexOfAny(ListBreaks, from - 2) + 1;   // a sentence may open with 、
            if (previous >= from - 1)
            {
                return;
            }

            from = previous;
        }

        var text = sentence.Substring(from, clause.End - from);
        var rest = text;
        var named = new List<(string Item, int At, int Length)>(2);
        foreach (var (name, item) in ZeroItemNames)
        {
            var at = rest.IndexOf(name, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            named.Add((item, at, name.Length));
            rest = rest.Substring(0, at) + new string('\u0001', name.Length) + rest.Substring(at + name.Length);
            if (rest.IndexOf(name, StringComparison.Ordinal) >= 0)
            {
                return;   // one name twice: not a plain list
            }
        }

        if (named.Count == 0 || !OnlyNothingLeft(rest.Replace("\u0001", string.Empty)))
        {
            return;
        }

        foreach (var (item, at, length) in named)
        {
            var position = clause.Sentence.At(from + at);
            (zeroItems ??= []).Add(new ZeroItem(N + "threePublic/" + item, b.Span(clause.Sentence, from + at, from + at + length),
                text, Math.Max(sentenceStart, position - 200), position));
        }
    }

    /// <summary>What may follow an item's name in a heading that names it ("公务接待费支出情况").</summary>
    private static readonly string[] ItemHeadingEndings = ["支出情况", "支出", "情况"];

    /// <summary>
    /// "（二）公务用车购置及运行维护费。年初预算为…": a sentence that is only a 三公 item's name (after its entry number, with
    /// 支出/情况 after it) heads the sentences after it, up to the next such heading: the item's pointer, or null. Looked at
    /// only for a short sentence of the 三公 section (no figure can be in it: a name and a number are 24 characters at most).
    /// </summary>
    internal static string? ThreePublicItemHeading(string t, int from, int to)
    {
        Trimmed(t, from, to, out from, out to);
        while (to > from && t[to - 1] is '。' or '.' or ':' or ' ')
        {
            to--;
        }

        from = AfterEntryNumber(t, from, to);
        foreach (var (name, item) in ZeroItemNames)
        {
            if (to - from < name.Length || string.CompareOrdinal(t, from, name, 0, name.Length) != 0)
            {
                continue;
            }

            var rest = to - from - name.Length;
            if (rest == 0)
            {
                return N + "threePublic/" + item;
            }

            foreach (var ending in ItemHeadingEndings)
            {
                if (rest == ending.Length && string.CompareOrdinal(t, from + name.Length, ending, 0, rest) == 0)
                {
                    return N + "threePublic/" + item;
                }
            }

            return null;   // the name and more: a sentence about it, not its heading
        }

        return null;
    }

    /// <summary>Where the text after an entry number ("(二)", "2.", "3、", "二、") starts; <paramref name="from"/> when none.</summary>
    private static int AfterEntryNumber(string t, int from, int to)
    {
        var open = from < to && t[from] == '(';
        var at = open ? from + 1 : from;
        var digits = at;
        while (digits < to && (Scanner.IsDigit(t[digits]) || BlockClassifier.IsChineseNumeral(t[digits])))
        {
            digits++;
        }

        if (digits == at || digits >= to)
        {
            return from;
        }

        return open ? t[digits] == ')' ? digits + 1 : from
            : t[digits] is '.' or '、' ? digits + 1 : from;
    }

    /// <summary>A 三公 item a clause said spent nothing, placed once the whole text is read (<see cref="PlaceZeroItems"/>).</summary>
    private readonly record struct ZeroItem(string Pointer, SourceSpan Span, string Text, int ContextStart, int ContextEnd);

    /// <summary>The zeros waiting for the end of the text (null until the first: most texts have none).</summary>
    private List<ZeroItem>? zeroItems;

    /// <summary>
    /// Places the zeros of <see cref="ZeroThreePublicItems"/> after the whole narrative is read, each only where no amount
    /// was read for its item: a figure written anywhere in the text ("因公出国（境）费 0.00 万元" after "…未发生") wins over
    /// the zero a word gives, and the zero takes the decimals of the 三公 total even when the total is stated after it.
    /// </summary>
    private void PlaceZeroItems()
    {
        if (zeroItems is null)
        {
            return;
        }

        var total = b.FindString(N + "threePublic/total/amount");
        var dot = total?.IndexOf('.') ?? -1;
        var zero = dot < 0 ? "0" : "0." + new string('0', total!.Length - dot - 1);
        foreach (var z in zeroItems)
        {
            if (!b.Has(z.Pointer, "amount"))
            {
                b.ContextFrom(z.ContextStart, z.ContextEnd, year);
                b.SetUnder(z.Pointer, "amount", DraftNode.Of(zero), z.Span, ClaimKind.Amount, z.Text);
            }
        }

        zeroItems = null;
    }

    /// <summary>The marks a clause of a list of items starts after (not a bracket: item names have them, 因公出国(境)费).</summary>
    private static readonly char[] ListBreaks = ['、', ',', ';', ':', '。'];

    /// <summary>Whether <paramref name="rest"/> is one nothing word with only fillers beside it.</summary>
    private static bool OnlyNothingLeft(string rest)
    {
        var found = false;
        foreach (var word in NothingWords)
        {
            var at = rest.IndexOf(word, StringComparison.Ordinal);
            if (at >= 0)
            {
                rest = rest.Substring(0, at) + rest.Substring(at + word.Length);
                found = true;
                break;
            }
        }

        if (!found)
        {
            return false;
        }

        foreach (var filler in ZeroClauseFillers)
        {
            rest = rest.Replace(filler, string.Empty);
        }

        return rest.Trim().Length == 0;
    }
}
