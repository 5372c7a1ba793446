using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Blind round 24 (A): the precision families of the session-24 blind texts — a signed rate against its direction word
/// ("较上年增长-9.1%"), the rows of the 总计 that a 事业单位 writes in the income and expenditure parts (用事业基金弥补收支差额,
/// 结余分配), a grand total whose own sentence states a part the reader could not place, a reason opened by 由于 / 得益于 /
/// 受…影响, and changes the model has no member for (个百分点, 倍) — each a located note, never a silent drop or a guess.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>
    /// A negative figure after a direction word (<paramref name="direction"/> not null): "较上年增长-9.1%" and "增加-20.00万元"
    /// are decreases — the figure becomes its magnitude and the direction a decrease (true, read on). After a decrease word
    /// ("下降-5.0%") the sign and the word contradict or repeat each other: a located note, nothing placed (false).
    /// </summary>
    private bool SignedChange(ClauseView clause, ref NumberToken token, ref string? direction, SourceSpan span)
    {
        if (direction == "increase")
        {
            token = Magnitude(token);
            direction = "decrease";
            return true;
        }

        Note(span, DisclosureMessages.SignedFigureAgainstDirection, clause);
        return false;
    }

    /// <summary>
    /// The 总计 rows a 事业单位 writes in the income or expenditure part: "另有用事业基金弥补收支差额 45.00 万元" (the pre-2019 name of
    /// 使用非财政拨款结余) → <c>overall/useOfNonAppropriationBalance</c>, "结余分配 12.60 万元" → <c>overall/balanceDistribution</c>;
    /// null for any other label or section (the overview's own table has both keys). The 事业基金 balance (事业基金余额) is
    /// neither: it is no row of the 总计.
    /// </summary>
    private string? GrandTotalPart(string label)
    {
        if (section is not (Section.Income or Section.Expenditure))
        {
            return null;
        }

        if (LabelHas(label, "用事业基金弥补") || LabelHas(label, "使用非财政拨款结余"))
        {
            return "overall/useOfNonAppropriationBalance";
        }

        return LabelHas(label, "结余分配") && !LabelHas(label, "结余分配后") ? "overall/balanceDistribution" : null;
    }

    /// <summary>The sides (收入总计, 支出总计) whose own sentence states an amount the reader could not place.</summary>
    private bool incomeSideIncomplete;

    private bool expenditureSideIncomplete;

    /// <summary>
    /// An amount of the overview left unplaced at <paramref name="span"/>: when a grand total was read earlier in the same
    /// sentence ("收入总计 1000.00 万元，包括本年收入 900.00 万元、动用专项储备 40.00 万元、年初结转和结余 60.00 万元"), the amount is
    /// a part of that total the model cannot hold, and the total's identity (FA1201, FA1210, FA1212) cannot be checked with
    /// the parts read. The side is marked; <see cref="WithdrawIncompleteSides"/> decides once the text is read.
    /// </summary>
    private void UnplacedGrandTotalPart(SourceSpan span)
    {
        if (section != Section.Overall)
        {
            return;
        }

        var from = b.TextSpan(sentenceStart, sentenceStart);
        var income = GrandTotalSpanIn(N + "overall/incomeGrandTotal/amount", from, span);
        var expenditure = GrandTotalSpanIn(N + "overall/expenditureGrandTotal/amount", from, span);
        if (income is { } i && (expenditure is not { } e || !Before(i, e)))
        {
            incomeSideIncomplete = true;   // the latest total before the amount is 收入总计 (both: 收、支总计)
        }

        if (expenditure is { } x && (income is not { } y || !Before(x, y)))
        {
            expenditureSideIncomplete = true;
        }
    }

    /// <summary>The span of the figure at <paramref name="pointer"/> when it stands in [<paramref name="from"/>,
    /// <paramref name="to"/>), else null.</summary>
    private SourceSpan? GrandTotalSpanIn(string pointer, SourceSpan from, SourceSpan to)
        => b.Find(pointer) is { Mapped: true } node && !Before(node.Span, from) && Before(node.Span, to) ? node.Span : null;

    /// <summary>Whether <paramref name="a"/> starts before <paramref name="b"/> in the text.</summary>
    private static bool Before(SourceSpan a, SourceSpan b)
        => a.StartLine < b.StartLine || a.StartLine == b.StartLine && a.StartColumn < b.StartColumn;

    /// <summary>
    /// After the text: a side whose grand total has a part the reader could not place loses its carry-over (年初结转和结余 for
    /// 收入总计, 年末结转和结余 for 支出总计) from the report, with a located note; the figure stays a claim. The carry-over is
    /// the term every identity of that side requires (FA1201, FA1210, FA1212 then could not run), while the totals and the
    /// other side are still checked — withdrawing the grand total instead would leave FA1212 to weigh the other total against
    /// the incomplete side.
    /// </summary>
    private void WithdrawIncompleteSides()
    {
        if (incomeSideIncomplete)
        {
            WithdrawCarryOver("openingCarryOver", "收入总计", "年初结转和结余");
        }

        if (expenditureSideIncomplete)
        {
            WithdrawCarryOver("closingCarryOver", "支出总计", "年末结转和结余");
        }
    }

    /// <summary>Removes <c>/narrative/overall/<paramref name="member"/></c> from the draft, with a note at its amount.</summary>
    private void WithdrawCarryOver(string member, string total, string carryOver)
    {
        if (b.Find(N + "overall") is not { Kind: DraftKind.Object } overall)
        {
            return;
        }

        for (var k = 0; k < overall.Count; k++)
        {
            if (string.Equals(overall.NameAt(k), member, StringComparison.Ordinal))
            {
                var amount = overall.At(k).Member("amount");
                var span = amount is { Mapped: true } ? amount.Span : new SourceSpan(1, 1, 1, 1);
                var (zh, en) = DisclosureMessages.GrandTotalWithUnplacedPart(total, carryOver);
                b.Note(span, zh, en, amount?.Text);
                overall.RemoveAt(k);
                return;
            }
        }
    }

    /// <summary>Words that open a clause as its change's reason, besides the markers of <see cref="ReasonMarkers"/>.</summary>
    private static readonly string[] ClauseReasonWords = ["得益于", "由于", "受"];

    /// <summary>Words of a consequence: a 由于 clause before one is a reason before its consequence (ReasonBeforeConsequence).</summary>
    private static readonly string[] ReasonConsequenceWords = ["因此", "所以", "从而", "导致", "致使", "故"];

    /// <summary>
    /// "…减少 100.00 万元，减幅 9.1%，由于项目资金减少。", "…增长 6.0%，得益于…", "…下降 12.5%，受疫情影响…": a clause opened by 由于,
    /// 得益于 or 受 (with 影响 in the clause) after a direction word of its sentence is the change's reason (its position, and
    /// the word's length); −1 when there is none — and when a consequence word follows (由于…，因此…: the reason before its
    /// consequence is read as such).
    /// </summary>
    internal static int ClauseReasonWordAt(string t, int from, int to, out int length)
    {
        length = 0;
        for (var p = AfterClauseMark(t, from + 1, to); p < to; p = AfterClauseMark(t, p + 1, to))
        {
            foreach (var word in ClauseReasonWords)
            {
                if (!Scanner.Starts(t, p, word, to) || !HasAnyIn(t, from, p, Directions) || HasAnyIn(t, p, to, ReasonConsequenceWords))
                {
                    continue;
                }

                if (word == "受")
                {
                    var clauseEnd = t.AsSpan(p, to - p).IndexOfAny(',', ';');   // a span: no char[] per call (issue 8)
                    var end = clauseEnd < 0 ? to : p + clauseEnd;
                    if (t.IndexOf("影响", p, end - p, StringComparison.Ordinal) < 0)
                    {
                        continue;
                    }

                    length = 0;   // "受疫情影响…": the words are the reason's own
                    return p;
                }

                length = word.Length;
                return p;
            }
        }

        return -1;
    }

    /// <summary>
    /// The first place at or after <paramref name="p"/> and before <paramref name="to"/> whose character before it is ','
    /// or ';' (<paramref name="to"/> when there is none): session 41 (issue 8), one vectorised search where
    /// <see cref="ClauseReasonWordAt"/> stepped over every character.
    /// </summary>
    internal static int AfterClauseMark(string t, int p, int to)
    {
        if (p >= to)
        {
            return to;
        }

        var mark = t.AsSpan(p - 1, to - p).IndexOfAny(',', ';');
        return mark < 0 ? to : p + mark;
    }

    /// <summary>
    /// "占收入合计的 98.0%，比上年下降 0.5 个百分点": a change of a share, in percentage points — the model has no member for it, so
    /// it is a located note (it was dropped silently). True when the count was one.
    /// </summary>
    private bool SharePoints(ClauseView clause, NumberToken token, SourceSpan span)
    {
        var text = clause.Sentence.Text;
        var after = clause.Start + token.End;
        while (after < text.Length && text[after] == ' ')
        {
            after++;
        }

        if (token.UnitText != "个" || !PointsWordAt(text, after))   // session 35: "2.3个百分", the 点 cut (CutPoints)
        {
            return false;
        }

        Note(span, DisclosureMessages.ShareChangeInPoints, clause);
        return true;
    }

    /// <summary>
    /// Session 34: "占 63.80%，比上年提高 2.30%个百分点" — a percentage followed by (个)百分点 is a change of a share in points,
    /// as "2.30 个百分点" is (<see cref="SharePoints"/>): never the figure's rate of change (a false FA2104 beside its
    /// change amount) nor its share — a located note. True when the percentage was one.
    /// </summary>
    private bool PercentThenPoints(ClauseView clause, NumberToken token, SourceSpan span)
    {
        var text = clause.Sentence.Text;
        var after = clause.Start + token.End;
        while (after < text.Length && text[after] == ' ')
        {
            after++;
        }

        if (after < text.Length && text[after] == '个')
        {
            after++;
        }

        if (!Scanner.Starts(text, after, "百分点", text.Length))
        {
            return false;
        }

        Note(span, DisclosureMessages.ShareChangeInPoints, clause);
        return true;
    }

    /// <summary>
    /// A number without a unit followed by 倍 after a direction word or 的 ("增长 1.2 倍", "是上年的 1.2 倍"): a change in
    /// multiples, which is no rate the model can hold as written (增长 N 倍 is +N × 100 %, 是…的 N 倍 +(N − 1) × 100 %, and
    /// texts write one for the other) — a located note instead of a silent drop.
    /// </summary>
    private void MultipleChange(string source, int start, NumberToken number)
    {
        var after = number.End;
        while (after < source.Length && source[after] == ' ')
        {
            after++;
        }

        if (after >= source.Length || source[after] != '倍' || number.Start <= start)
        {
            return;
        }

        var label = source.Substring(start, number.Start - start).TrimEnd();
        if (DirectionOf(label) is null && !label.EndsWith("的", StringComparison.Ordinal))
        {
            return;
        }

        Note(b.Span(clauseView.Sentence, number.Start, after + 1), DisclosureMessages.ChangeInMultiples, clauseView);
    }
}
