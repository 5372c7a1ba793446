namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Two shapes of 三公 item lists (blind test 22): an item written "3.公务接待费：2.64万元，占“三公”经费的38.60%，较上年减少0.77万元"
/// (family r03: the name before the colon is the figure's label, so the share and the change stay on that item), and a
/// change without a subject right after a list of items ("…其中公务用车运行维护费 6.40 万元，公务接待费 2.52 万元。与上年 10.36 万元
/// 相比下降 13.90%", family r05): the list's total's when its arithmetic says so, the last item's when its says so, else a note.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>
    /// A clause without a figure that names a 三公 item and ends at a colon right before a figure ("公务接待费：2.64 万元"): the
    /// item is the subject and its name the label of that figure (the figure's own clause has no words before it).
    /// </summary>
    private void ColonItem(ClauseView clause)
    {
        var source = clause.Sentence.Text;
        if (section != Section.ThreePublic || clause.End + 1 >= source.Length || source[clause.End] != ':'
            || !StartsWithFigure(source, clause.End + 1, Math.Min(source.Length, clause.End + 24)))
        {
            return;
        }

        var name = clause.Text.Trim();
        if (SubjectFrom(name) is { } item && item.StartsWith(N + "threePublic/", StringComparison.Ordinal))
        {
            subject = item;
            budget = null;
            reasonTarget = null;
            lastLabel = name;
            colonItemSentence = sentenceStart;   // session 40: "公务接待费：支出决算为 X 万元" (ThreePublicColonItems)
        }
    }

    /// <summary>
    /// Whether the clause ending at <paramref name="end"/> (of a sentence ending at <paramref name="to"/>) is a 三公 label
    /// before a colon: read though it has no figure or signal word (<see cref="ColonItem"/>), as the oracle reading every
    /// clause reads it.
    /// </summary>
    private bool ColonLabel(string t, int end, int to) => section == Section.ThreePublic && end < to && t[end] == ':';

    /// <summary>Words a change opens with when it names no subject ("与上年 10.36 万元相比下降 13.90%", "较上年减少…").</summary>
    private static readonly string[] SubjectlessChangeOpenings = ["与上年", "与去年", "比上年", "比去年", "较上年", "较去年", "同比"];

    /// <summary>
    /// At the start of a 三公 sentence right after a sentence with a 其中 list of items: when it opens with a comparison that
    /// names no subject, its figures decide whose change it is — the list's total when they fit its amount, the last item
    /// (the subject) when they fit that, else the sentence is not read (a note).
    /// </summary>
    private void ChangeAfterList(Fragment f, int from, int to)
    {
        var t = f.Text;
        if (!OpensAfterThreePublicList(t, from, SubjectlessChangeOpenings) || listTotal is null || subject is null)
        {
            return;
        }

        var reason = ReasonMarkerAt(t, from, to, out _);
        var end = reason >= 0 ? reason : to;
        decimal? prior = null, change = null;
        NumberToken? rate = null;
        var direction = 0;
        var next = from;
        var previousEnd = from;
        while (Scanner.NextIn(t, from, end, ref next, out var token))
        {
            var labelStart = previousEnd;
            var label = t.Substring(labelStart, token.Start - labelStart);
            previousEnd = token.End;
            direction = Statements.Lexicon.Direction(label) is var d && d != 0 ? Math.Sign(d) : direction;
            if (token.Unit == FigureUnit.Percent)
            {
                rate ??= token;
            }
            else if (token.Unit == FigureUnit.WanYuan && HasAnyIn(t, labelStart, token.Start, Directions))
            {
                change ??= token.Value;
            }
            else if (token.Unit == FigureUnit.WanYuan)
            {
                prior ??= token.Value;
            }
        }

        if (direction == 0 || rate is null && change is null)
        {
            return;
        }

        var fitsTotal = FitsChange(AmountAt(listTotal), prior, change, rate, direction);
        if (fitsTotal == true)
        {
            subject = listTotal;   // "三公经费 8.92 万元，其中…。与上年 10.36 万元相比下降 13.90%": the total's change
            budget = null;
            reasonTarget = null;
            return;
        }

        if (FitsChange(AmountAt(subject), prior, change, rate, direction) != true)
        {
            Note(b.Span(f, from, to), DisclosureMessages.ChangeAfterListUnplaced, t.Substring(from, to - from));
            mutedSentence = sentenceStart;
        }
    }

    /// <summary>
    /// Whether the 三公 sentence at <paramref name="from"/> comes right after a sentence with a 其中 list of items whose total
    /// is known, the subject is still one of the items, and it opens with one of <paramref name="openings"/> (words that
    /// name no subject): its figures then decide whose it is (<see cref="ChangeAfterList"/>, <see cref="BudgetAfterList"/>).
    /// </summary>
    private bool OpensAfterThreePublicList(string t, int from, string[] openings)
        => section == Section.ThreePublic && listSentence >= 0 && listSentence == previousSentenceStart && listTotal is not null
            && subject is not null && subject != listTotal && subject.StartsWith(N + "threePublic/", StringComparison.Ordinal)
            && OpensWithAny(t, from, openings);

    /// <summary>Whether the text at <paramref name="from"/> starts with one of <paramref name="words"/>.</summary>
    private static bool OpensWithAny(string t, int from, string[] words)
    {
        foreach (var word in words)
        {
            if (string.CompareOrdinal(t, from, word, 0, word.Length) == 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The amount read at <paramref name="pointer"/> (its <c>amount</c>), or null.</summary>
    private decimal? AmountAt(string pointer)
        => b.Find(pointer + "/amount") is { Kind: DraftKind.String } a
            && decimal.TryParse(a.Text, NumberStyles.Number, CultureInfo.InvariantCulture, out var v) ? v : null;

    /// <summary>
    /// Whether a change (prior amount, amount of change, rate, direction: +1 or −1) fits a figure of <paramref name="current"/>:
    /// every figure stated agrees with the others (the rate within <see cref="Percent.Interval"/>: half a unit of its last place
    /// either way);
    /// null when it cannot be told (no current amount, or nothing to compare it with).
    /// </summary>
    internal static bool? FitsChange(decimal? current, decimal? prior, decimal? change, NumberToken? rate, int direction)
    {
        if (current is not { } x)
        {
            return null;
        }

        var p = prior ?? (change is { } c ? x - direction * c : (decimal?)null);
        if (p is not { } basis || basis <= 0)
        {
            return null;
        }

        var difference = x - basis;
        if (Math.Sign(difference) != direction || change is { } stated && Math.Abs(difference) != stated)
        {
            return false;
        }

        if (rate is { } r)
        {
            // 13.8996 for 13.90: within the interval of exact percentages that round to the stated rate (Percent.Interval)
            var computed = Math.Abs(difference) / basis * 100m;
            return Percent.Round(r.Value, r.Decimals).Interval.Contains(computed);
        }

        return true;
    }
}
