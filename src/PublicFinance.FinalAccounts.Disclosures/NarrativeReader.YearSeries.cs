using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Blind round 26 (excerpts), the period families (blindfixa): f2 — a series of years ("2020年、2021年、2022年本年收入合计分别为
/// A、B和C", "本年支出合计2020—2022年依次为…", "分别为：2020年A，2021年B，2022年C") and f1 — two years in one sentence
/// ("本年收入合计2022年为A，2023年为B，增加…"). Each value belongs to its own year: the report's year's value is the figure
/// (read with the subject the sentence names), the year before's is that figure's prior-year amount when the figure was read
/// in the sentence (else a note), an older year's is a note; when the report's year is unknown or the years cannot be paired
/// with the values one to one, every value is a note.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>One amount of a sentence that a written year owns (see the class).</summary>
    /// <param name="At">The amount's start in the text of its sentence's paragraph (as joined over line breaks).</param>
    /// <param name="Year">Its year (0 when the years could not be paired with the values).</param>
    /// <param name="Subject">The figure the sentence names for the values, cleaned ("本年收入合计"), or empty.</param>
    /// <param name="YearAt">Where its year is written (session 50: the clause of a pair's prior year starts there).</param>
    private readonly record struct YearOwnedAmount(int At, int Year, string Subject, int YearAt = -1);

    /// <summary>The sentence (its <see cref="sentenceStart"/>) whose year-owned amounts <see cref="yearOwned"/> holds.</summary>
    private int yearsSentence = -1;

    /// <summary>The year-owned amounts of the sentence, when one of them is not the report's year's; else null.</summary>
    private List<YearOwnedAmount>? yearOwned;

    /// <summary>The figure the report's year's value of the sentence was placed as (its prior year goes to its change).</summary>
    private string? yearsCurrent;

    /// <summary>The prior year's values of the sentence read before the report year's (noted until it is placed).</summary>
    private List<(NumberToken Token, SourceSpan Span, string Text, string Subject)>? yearsPriors;

    /// <summary>The name the report year's value of <see cref="yearsCurrent"/> was read with: a prior year of the same name
    /// is its prior year, never one of another name in the sentence ("基本支出…；项目支出…").</summary>
    private string? yearsCurrentSubject;

    /// <summary>
    /// Whether the sentence or the next one states a change (a direction word): else a prior year's value has no change to go to.
    /// </summary>
    private bool yearsChange;

    /// <summary>The spans of amounts set aside by this round's families: the typed statements never place them.</summary>
    private HashSet<SourceSpan>? setAsideSpans;

    /// <summary>Words of a series that are no part of the figure's name.</summary>
    private static readonly string[] SeriesNoise =
        ["分别为", "依次为", "分别是", "依次是", "分别", "依次", "近三年来", "近三年", "近两年", "近年来", "持续", "逐年", "累计", "均"];

    /// <summary>The characters that join two years of a range ("2020—2022年", "2020至2022年").</summary>
    private const string YearRangeMarks = "—–-－~～至到";

    /// <summary>The characters and words that join the years of a list ("2020年、2021年和2022年").</summary>
    private const string YearListMarks = "、,和及与 ";

    /// <summary>
    /// Whether the amount <paramref name="token"/> of the clause being read is owned by a year of a series or a pair written
    /// in its sentence and was read here (placed with its year's rule, or noted); false leaves it to <see cref="Figure"/>.
    /// </summary>
    private bool YearOwnedFigure(Fragment sentence, ClauseView clause, NumberToken token, int clauseStart, SourceSpan span)
    {
        if (!token.IsMoney)
        {
            return false;
        }

        if (yearsSentence != sentenceStart)
        {
            yearsSentence = sentenceStart;
            yearsCurrent = null;
            yearsFreeEnd = -1;
            yearsPriors?.Clear();
            // Session 47 (layout invariance): the sentence as its paragraph joined it, not the text's lines — a line break of a
            // PDF copy inside "2022年为A，2023年为B" ended the sentence there, and the report year's B was lost to the figure
            // before it. Bounded by the paragraph's end (a paragraph cut at MaxParagraphLength has no '。' there).
            yearOwned = AnalyseYears(sentence.Text, currentSentenceFrom, sentence.Length, out yearsChange);
        }

        if (yearOwned is null)
        {
            return false;
        }

        var at = token.Start;   // the sentence's own positions (AnalyseYears read its text)
        var index = -1;
        for (var k = 0; k < yearOwned.Count && index < 0; k++)
        {
            index = yearOwned[k].At == at ? k : -1;
        }

        if (index < 0)
        {
            (yearsFreeEnd, yearsFreeSpan) = (token.End, span);   // session 50: the figure a nameless prior year may follow
            return false;
        }

        var owned = yearOwned[index];
        if (owned.Year == 0 || year == 0)
        {
            SetAside(span, DisclosureMessages.YearsNotPaired, clause);
        }
        else if (owned.Year == year && owned.Subject.Length > 0)
        {
            subject = null;   // the figure is the one the sentence names; nothing before it owns what follows
            budget = null;
            Figure(clause, token.From(clauseStart), owned.Subject, span);
            yearsCurrent = subject is { } placed && placed.Length > N.Length && placed.StartsWith(N, StringComparison.Ordinal)
                && b.Find(placed + "/amount") is { } held && DraftNode.SameValue(held, AmountNode(token, span))
                ? placed : null;   // its own figure, not one held before
            yearsCurrentSubject = owned.Subject;
            for (var k = yearsPriors?.Count - 1 ?? -1; k >= 0 && yearsCurrent is not null && yearsChange; k--)
            {
                if (yearsPriors![k].Subject == owned.Subject)
                {
                    PriorOfYear(yearsPriors[k].Token, yearsPriors[k].Span, yearsPriors[k].Text);
                    yearsPriors.RemoveAt(k);
                }
            }
        }
        else if (owned.Year == year - 1 && yearsCurrent is not null && yearsChange && yearsCurrentSubject == owned.Subject)
        {
            PriorOfYear(token, span, clause.Text);
        }
        else if (owned.Year == year - 1 && yearsChange && owned.Subject.Length == 0
            && FigureRightBefore(sentence.Text, owned.YearAt) is { } figure)
        {
            PriorOfYear(token, span, clause.Text, figure);   // session 50: "2024年本年支出 A 万元，2023年为 B 万元，增加…"
        }
        else
        {
            SetAside(span, owned.Year == year ? DisclosureMessages.YearValueWithoutName : owned.Year == year - 1
                ? DisclosureMessages.PriorYearValueAlone : DisclosureMessages.ValueOfAnotherYear, clause);
            if (owned.Year == year - 1)
            {
                (yearsPriors ??= []).Add((token, span, clause.Text, owned.Subject));
            }
        }

        return true;
    }

    /// <summary>Where the last amount of the sentence that no year owns ends (its sentence's positions), or −1.</summary>
    private int yearsFreeEnd = -1;

    /// <summary>The span of the amount that ends at <see cref="yearsFreeEnd"/>.</summary>
    private SourceSpan yearsFreeSpan;

    /// <summary>The units and marks that may stand between a figure and the year of its prior-year value's clause.</summary>
    private static readonly string[] PairGlue = ["亿元", "万元", "元", ",", ";", " "];

    /// <summary>
    /// Session 50 (blind round 46, t06): two years side by side, the prior one nameless ("2024年本年收入 A 万元，2023年为 B
    /// 万元，增加 C 万元"): the figure whose amount A ends right before the clause of the year at <paramref name="yearAt"/>
    /// (only its unit and a comma between) and was placed as a figure of the narrative with that amount and no prior-year
    /// amount yet — that figure's pointer; else null (the value stays a note).
    /// </summary>
    private string? FigureRightBefore(string text, int yearAt)
    {
        if (yearsFreeEnd < 0 || yearAt < yearsFreeEnd || subject is not { } placed || placed.Length <= N.Length
            || !placed.StartsWith(N, StringComparison.Ordinal) || b.Find(placed + "/amount") is not { } held
            || held.Span != yearsFreeSpan || b.Find(placed + "/change/priorYearAmount") is not null)
        {
            return null;
        }

        var between = text.Substring(yearsFreeEnd, yearAt - yearsFreeEnd);
        foreach (var glue in PairGlue)
        {
            between = between.Replace(glue, string.Empty);
        }

        return between.Length == 0 ? placed : null;
    }

    /// <summary>Notes a figure this round's families do not place, and keeps the typed statements from placing it.</summary>
    private void SetAside(SourceSpan span, (string Zh, string En) message, ClauseView clause)
    {
        Note(span, message, clause);
        (setAsideSpans ??= []).Add(span);
    }

    /// <summary>Whether this round's families set the typed statement at <paramref name="span"/> aside.</summary>
    private bool SetAsideSpan(SourceSpan span) => setAsideSpans?.Contains(span) == true;

    /// <summary>
    /// The prior year's value of a series placed as the prior-year amount of the report year's figure the sentence read
    /// (<see cref="yearsCurrent"/>, or <paramref name="figure"/> when given), its note withdrawn.
    /// </summary>
    private void PriorOfYear(NumberToken token, SourceSpan span, string text, string? figure = null)
    {
        b.RemoveNotesAt(span);
        setAsideSpans?.Remove(span);
        b.SetUnder(
            (figure ?? yearsCurrent!) + "/change", "priorYearAmount", AmountNode(token, span), span, ClaimKind.PriorYearAmount, text);
    }

    /// <summary>
    /// The amounts of the sentence at <paramref name="from"/> of the normalised <paramref name="text"/> that a written year owns
    /// — a series of years with 分别为 / 依次为 and as many values, or a year right before its value ("2022年为 A") — when
    /// one of them is another year's than the report's (else null: the sentence is read as before).
    /// </summary>
    private List<YearOwnedAmount>? AnalyseYears(string text, int from, int limit, out bool change)
    {
        change = false;
        limit = Math.Min(limit, text.Length);
        if (from < 0)
        {
            return null;
        }

        var end = SentenceEndBefore(text, from, limit);   // session 41: one vectorised search, not a step per character
        if (text.IndexOf('年', from, end - from) < 0)
        {
            return null;
        }

        List<YearOwnedAmount>? owned = null;
        var other = false;
        string? runSubject = null;
        var years = yearGroup;   // Session 34: one list for every sentence (YearGroup clears it), not one per sentence
        for (var p = from; p < end; p++)
        {
            while (p < end && !Scanner.IsDigit(text[p]))
            {
                p++;   // Session 36: a year starts with a digit; the characters before the next one are passed in one loop
            }

            if (p == end || !YearDigitsAt(text, p, end, from, out _))
            {
                continue;
            }

            var groupEnd = YearGroup(text, p, end, from, years);
            if (groupEnd < 0)
            {
                p += 3;
                continue;
            }

            if (years.Count >= 2)
            {
                other |= SeriesValues(text, p, groupEnd, end, from, years, ref owned);
            }
            else if ((DirectValueAt(text, groupEnd, end) is var valueAt and >= 0
                    || years[0] == year - 1 && year > 0 && (valueAt = PriorYearWordValueAt(text, groupEnd, end)) >= 0)
                && !ComparedYear(text, p, from))
            {
                var own = CleanSubject(text, PreviousStop(text, from, p), p);
                own = own.Length > 0 ? own : runSubject ?? SubjectBefore(text, from, p);
                runSubject = own;
                (owned ??= []).Add(new YearOwnedAmount(valueAt, years[0], own, p));
                other |= years[0] != year;
            }

            p = groupEnd - 1;
        }

        if (!other)
        {
            return null;   // Session 34: the change is asked only of a sentence whose amounts a year owns
        }

        var next = end + 1;
        var nextLimit = Math.Min(text.Length, next + Paragraphs.MaxParagraphLength);   // linear on a text without breaks
        next = SentenceEndBefore(text, next, nextLimit);   // "…分别为 A、B、C。2022年比上年减少 X 万元": the change may be the next sentence's

        change = HasAnyIn(text, from, Math.Min(next, text.Length), Directions);
        return owned;
    }

    /// <summary>The characters that end a sentence for <see cref="AnalyseYears"/>: 。 and a line break.</summary>
    private static readonly char[] YearSentenceEnds = ['。', '\n'];

    /// <summary>
    /// The first 。 or line break in [<paramref name="from"/>, <paramref name="limit"/>) of <paramref name="text"/>, else
    /// <paramref name="limit"/> (<paramref name="from"/> when it is at or past the limit): what stepping from
    /// <paramref name="from"/> while below the limit and on neither character reaches.
    /// </summary>
    internal static int SentenceEndBefore(string text, int from, int limit)
    {
        if (from >= limit)
        {
            return from;
        }

        var at = text.IndexOfAny(YearSentenceEnds, from, limit - from);
        return at < 0 ? limit : at;
    }

    /// <summary>The years of the group <see cref="YearGroup"/> read last (cleared by it), shared by every sentence.</summary>
    private readonly List<int> yearGroup = new(4);

    /// <summary>
    /// Reads the values of a series of <paramref name="years"/> (written [<paramref name="start"/>, <paramref name="groupEnd"/>)):
    /// the first 分别为 / 依次为 after it (no amount between), then the amounts one after another; paired one to one when as
    /// many, else each owned by no year (0). Whether one is another year's than the report's (or none could be paired).
    /// </summary>
    private bool SeriesValues(
        string text, int start, int groupEnd, int end, int from, List<int> years, ref List<YearOwnedAmount>? owned)
    {
        var marker = -1;
        var markerLength = 0;
        foreach (var word in (ReadOnlySpan<string>)["分别为", "依次为", "分别是", "依次是"])
        {
            var at = text.IndexOf(word, groupEnd, end - groupEnd, StringComparison.Ordinal);
            if (at >= 0 && (marker < 0 || at < marker))
            {
                marker = at;
                markerLength = word.Length;
            }
        }

        if (marker < 0 || Scanner.HasFigureIn(text, groupEnd, marker))
        {
            return false;
        }

        var subject = CleanSubject(text, groupEnd, marker);
        subject = subject.Length > 0 ? subject : SubjectBefore(text, from, start);
        var values = new List<int>(years.Count);
        var i = marker + markerLength;
        while (true)
        {
            while (i < end && (YearListMarks.IndexOf(text[i]) >= 0 || text[i] == ':'))
            {
                i++;
            }

            var next = i;
            if (!Scanner.NextIn(text, from, end, ref next, out var token) || token.Start != i || !token.IsMoney)
            {
                break;
            }

            values.Add(i);
            i = token.End;
        }

        if (values.Count == 0)
        {
            return false;
        }

        var paired = values.Count == years.Count;
        var other = !paired;
        for (var k = 0; k < values.Count; k++)
        {
            var owner = paired ? years[k] : 0;
            other |= owner != year;
            (owned ??= []).Add(new YearOwnedAmount(values[k], owner, subject));
        }

        return other;
    }

    /// <summary>
    /// Reads the years written from <paramref name="p"/>: one ("2022年"), a range ("2020—2022年", "2020年至2022年") or a list
    /// ("2020年、2021年和2022年", "2020、2021、2022年") into <paramref name="years"/>; where the group ends (after its last 年
    /// or 年度), or −1 when the digits are no year of a group ending in 年.
    /// </summary>
    private static int YearGroup(string text, int p, int end, int from, List<int> years)
    {
        years.Clear();
        var i = p;
        while (YearDigitsAt(text, i, end, from, out var first))
        {
            i += 4;
            var hasYear = i < end && text[i] == '年';
            i += hasYear ? (i + 1 < end && text[i + 1] == '度' ? 2 : 1) : 0;
            if (i < end && YearRangeMarks.IndexOf(text[i]) >= 0 && YearDigitsAt(text, i + 1, end, from, out var last)
                && last > first && last - first < 10)
            {
                i += 5;
                if (i >= end || text[i] != '年')
                {
                    return -1;
                }

                for (var y = first; y <= last; y++)
                {
                    years.Add(y);
                }

                i += i + 1 < end && text[i + 1] == '度' ? 2 : 1;
                hasYear = true;
            }
            else
            {
                years.Add(first);
            }

            var j = i;
            while (j < end && YearListMarks.IndexOf(text[j]) >= 0)
            {
                j++;
            }

            if (j == i || !YearDigitsAt(text, j, end, from, out _))
            {
                return hasYear ? i : -1;
            }

            i = j;
        }

        return -1;
    }

    /// <summary>Whether four digits of a year stand at <paramref name="p"/>, no digit right before or after them.</summary>
    private static bool YearDigitsAt(string text, int p, int end, int from, out int value)
    {
        value = 0;
        if (p < from || p + 4 > end || p > from && Scanner.IsDigit(text[p - 1]) || p + 4 < end && Scanner.IsDigit(text[p + 4]))
        {
            return false;
        }

        for (var k = p; k < p + 4; k++)
        {
            if (!Scanner.IsDigit(text[k]))
            {
                return false;
            }

            value = value * 10 + (text[k] - '0');
        }

        return value is >= FiscalYearRange.First and <= FiscalYearRange.Last;
    }

    /// <summary>Where an amount starts right after a year ("2022年为 A", "2022年：A", "2022年A"), or −1.</summary>
    private static int DirectValueAt(string text, int at, int end)
    {
        var i = at;
        if (i < end && text[i] is '为' or '是' or ':')
        {
            i++;
        }

        while (i < end && text[i] == ' ')
        {
            i++;
        }

        var next = i;
        return Scanner.NextIn(text, i, end, ref next, out var token) && token.Start == i && token.IsMoney ? i : -1;
    }

    /// <summary>The words between the year before the report's and its value ("2023年支出 B", "2023年决算数为 B").</summary>
    private static readonly string[] PriorYearWords = ["决算数", "支出", "收入", "决算"];

    /// <summary>
    /// Session 50 (blind round 46, t06): where the value of the year before the report's starts after one of
    /// <see cref="PriorYearWords"/> ("2023年支出 1765.40 万元"), or −1.
    /// </summary>
    private static int PriorYearWordValueAt(string text, int at, int end)
    {
        foreach (var word in PriorYearWords)
        {
            if (string.CompareOrdinal(text, at, word, 0, word.Length) == 0 && at + word.Length < end)
            {
                return DirectValueAt(text, at + word.Length, end);
            }
        }

        return -1;
    }

    /// <summary>
    /// Whether the year at <paramref name="p"/> is the basis of a comparison ("比2022年…", "较2022年…", "与2022年…") or opens a
    /// bracket of the prior year's figure ("（2022年：17854.97 万元）", read by the prior-year brackets).
    /// </summary>
    private static bool ComparedYear(string text, int p, int from)
        => p > from && text[p - 1] is '比' or '较' or '与' or '同' or '对' or '(' or '（';

    /// <summary>Where the clause that holds <paramref name="at"/> starts: after the last , ; : or 。 before it (or at from).</summary>
    private static int PreviousStop(string text, int from, int at)
    {
        var i = Math.Min(at, text.Length) - 1;
        while (i >= from && text[i] is not (',' or ';' or ':' or '。'))
        {
            i--;
        }

        return Math.Max(from, i + 1);
    }

    /// <summary>
    /// The name of the figure the clause before the years at <paramref name="p"/> gives ("本年支出合计2020—2022年…" →
    /// 本年支出合计); when that clause is empty after a ':' ("本年收入合计持续增长：2020年、…"), the clause before the ':'.
    /// </summary>
    private static string SubjectBefore(string text, int from, int p)
    {
        var stop = PreviousStop(text, from, p);
        var name = CleanSubject(text, stop, p);
        return name.Length > 0 || stop <= from || text[stop - 1] != ':'
            ? name
            : CleanSubject(text, PreviousStop(text, from, stop - 1), stop - 1);
    }

    /// <summary>
    /// The name of the figure written [<paramref name="start"/>, <paramref name="end"/>), without the words of a series
    /// (分别为, 近三年…) and its punctuation; empty when nothing is left or a direction word stays (no figure's name).
    /// </summary>
    private static string CleanSubject(string text, int start, int end)
    {
        if (end <= start)
        {
            return string.Empty;
        }

        var name = text.Substring(start, end - start);
        foreach (var noise in SeriesNoise)
        {
            name = name.Replace(noise, string.Empty);
        }

        name = StripDirection(name).Trim(' ', ',', ':', ';', '、');
        return name.Length < 2 || HasAny(name, Directions) || Scanner.HasFigure(name) ? string.Empty : name;
    }
}
