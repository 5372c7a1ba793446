using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

internal sealed partial class NarrativeReader
{
    /// <summary>
    /// Items whose change a reason may state ("主要原因是：一是财政拨款收入减少 7.33 万元；二是事业收入增加 687.73 万元"):
    /// the exact item name → its figure under /narrative/. Only named items: a bare 收入 or 支出 is never one.
    /// </summary>
    private static readonly Dictionary<string, string> ReasonItems = new(StringComparer.Ordinal)
    {
        ["财政拨款收入"] = "income/fiscalAppropriation",
        ["财政补助收入"] = "income/fiscalAppropriation",
        ["上级补助收入"] = "income/superiorSubsidy",
        ["事业收入"] = "income/serviceIncome",
        ["经营收入"] = "income/businessIncome",
        ["附属单位上缴收入"] = "income/affiliatedRemittance",
        ["其他收入"] = "income/otherIncome",
        ["基本支出"] = "expenditure/basic",
        ["项目支出"] = "expenditure/project",
        ["上缴上级支出"] = "expenditure/remittedToSuperior",
        ["对附属单位补助支出"] = "expenditure/subsidyToAffiliates",
        ["经营支出"] = "expenditure/business",
        ["年初结转和结余"] = "overall/openingCarryOver",
        ["上年结转和结余"] = "overall/openingCarryOver",
        ["年末结转和结余"] = "overall/closingCarryOver",
    };

    /// <summary>The first characters of <see cref="ConsequenceWords"/>: where one may start.</summary>
    private static readonly char[] ConsequenceStarts = ['故', '因', '所', '从'];

    /// <summary>Words that join a reason placed before the change it explains to that change (故, 因此, 所以, 从而).</summary>
    private static readonly string[] ConsequenceWords = ["故", "因此", "所以", "从而"];

    /// <summary>The clause breaks a reason before its consequence is cut at (after normalisation).</summary>
    private static readonly char[] ReasonClauseBreaks = [',', ';', ':'];

    /// <summary>
    /// "…比上年减少 1.00 万元，由于严格控制接待标准，故支出减少。", "压缩会议规模，因此会议费比上年减少 2.00 万元": a reason written
    /// before the change and joined to it by <see cref="ConsequenceWords"/> at the start of a clause that states a direction.
    /// The reason is the run of clauses without a digit right before that clause (back to the sentence start or to a clause
    /// with a figure); false when there is no such clause or no such run. Looked for only in a sentence without a reason
    /// marker and only where one of <see cref="ConsequenceStarts"/> is written (one vectorised search of the sentence).
    /// </summary>
    internal static bool ConsequenceAt(string t, int from, int to, out int reasonStart, out int reasonEnd, out int consequence)
    {
        reasonStart = reasonEnd = consequence = -1;
        for (var p = t.IndexOfAny(ConsequenceStarts, from, to - from); p >= 0;
            p = p + 1 < to ? t.IndexOfAny(ConsequenceStarts, p + 1, to - p - 1) : -1)
        {
            var before = p - 1;
            while (before >= from && char.IsWhiteSpace(t[before]))
            {
                before--;
            }

            if (before < from || Array.IndexOf(ReasonClauseBreaks, t[before]) < 0 || !StartsConsequence(t, p, to, out var length))
            {
                continue;
            }

            var clauseEnd = t.IndexOfAny(ReasonClauseBreaks, p, to - p);
            if (!HasAnyIn(t, p + length, clauseEnd < 0 ? to : clauseEnd, Directions))
            {
                continue;
            }

            var start = -1;
            for (var end = before; end > from;)
            {
                var previous = t.LastIndexOfAny(ReasonClauseBreaks, end - 1, end - from);
                var clauseStart = previous < 0 ? from : previous + 1;
                if (HasDigitIn(t, clauseStart, end))
                {
                    break;
                }

                start = clauseStart;
                end = previous < 0 ? from : previous;
            }

            if (start >= 0 && Trimmed(t, start, before, out reasonStart, out reasonEnd))
            {
                consequence = p;
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether one of <see cref="ConsequenceWords"/> is written at <paramref name="p"/> (故 not as in 故障, 事故).</summary>
    private static bool StartsConsequence(string t, int p, int to, out int length)
    {
        foreach (var word in ConsequenceWords)
        {
            if (Scanner.Starts(t, p, word, to))
            {
                length = word.Length;
                return word != "故" || p + 1 >= to || t[p + 1] is not ('障' or '意');
            }
        }

        length = 0;
        return false;
    }

    private static bool HasDigitIn(string t, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (char.IsDigit(t[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Gives the change read last the reason written before its consequence (<see cref="ConsequenceAt"/>) in the sentence
    /// [<paramref name="from"/>, <paramref name="to"/>) of <paramref name="f"/> — only a change or budget without a reason, and
    /// when the consequence states a figure or names a subject of its own (<see cref="NamesNoOtherSubject"/>), only one that
    /// this sentence read (<paramref name="targetBefore"/> is the one before it).
    /// </summary>
    private void ReasonBeforeConsequence(Fragment f, int from, int to, string? targetBefore)
    {
        var t = f.Text;
        if (reasonTarget is null || b.Has(reasonTarget, "reason")
            || !ConsequenceAt(t, from, to, out var reasonStart, out var reasonEnd, out var consequence)
            || reasonTarget == targetBefore && (HasDigitIn(t, consequence, to) || !NamesNoOtherSubject(t, consequence, to)))
        {
            return;
        }

        var reason = f.Slice(reasonStart, reasonEnd);
        var reasonText = b.Raw(reason, 0, reason.Length).Trim();
        if (reasonText.Length > 0)
        {
            b.SetUnder(reasonTarget, "reason", DraftNode.Of(reasonText), b.Span(reason, 0, reason.Length));
            SharedReason(reasonTarget, reasonText, b.Span(reason, 0, reason.Length));
        }
    }

    /// <summary>The words a consequence may name before its direction and still mean the change read before it.</summary>
    private static readonly string[] GenericConsequenceSubjects =
        ["", "支出", "费用", "经费", "开支", "经费支出", "支出数", "决算数", "该项支出", "此项支出", "该项经费", "相关支出", "相关费用"];

    /// <summary>The degree words a consequence may put before its direction (所以费用有所下降).</summary>
    private static readonly string[] ConsequenceDegrees = ["有所", "略有", "大幅", "明显", "相应", "较大幅度"];

    /// <summary>
    /// Whether the consequence at <paramref name="consequence"/> names nothing but the change before it ("故支出减少",
    /// "所以费用有所下降") — a consequence naming its own subject ("因此会议费减少" after a 三公 total's change) is another
    /// item's, and a change read in an earlier sentence does not take its reason.
    /// </summary>
    private static bool NamesNoOtherSubject(string t, int consequence, int to)
    {
        if (!StartsConsequence(t, consequence, to, out var length))
        {
            return false;
        }

        var from = consequence + length;
        var clauseEnd = t.IndexOfAny(ReasonClauseBreaks, from, to - from);
        var first = clauseEnd < 0 ? to : clauseEnd;
        foreach (var direction in Directions)
        {
            var i = t.IndexOf(direction, from, first - from, StringComparison.Ordinal);
            if (i >= 0)
            {
                first = i;
            }
        }

        var subject = t.Substring(from, first - from).Trim();
        foreach (var degree in ConsequenceDegrees)
        {
            if (subject.EndsWith(degree, StringComparison.Ordinal))
            {
                subject = subject.Substring(0, subject.Length - degree.Length).TrimEnd();
                break;
            }
        }

        return Array.IndexOf(GenericConsequenceSubjects, subject) >= 0;
    }

    /// <summary>A change an item's reason clause states, placed once the whole text is read.</summary>
    private readonly record struct ReasonChange(int Reason, string Owner, string Direction, NumberToken Token, SourceSpan Span,
        string Text);

    /// <summary>How many reasons were read for item changes (numbers the groups of <see cref="reasonChanges"/>).</summary>
    private int reasonCount;

    private readonly List<ReasonChange> reasonChanges = new();

    /// <summary>
    /// Reads the changes of named items inside the reason of a year-over-year change of the overview, income or
    /// expenditure ("…减少 306.3 万元，主要原因是：一是财政拨款收入减少 7.33 万元；…"). A clause counts only when it is
    /// an item name, a comparison word and a direction word, nothing else, right before an amount; the change is placed
    /// at the end of the text (<see cref="PlaceReasonChanges"/>), and only on an item whose own amount is stated and
    /// whose change is not — so a reason never overrides a statement and never creates a figure without its amount.
    /// </summary>
    private void ReasonFigures(Fragment reason, string target)
    {
        if (section is not (Section.Overall or Section.Income or Section.Expenditure)
            || !target.EndsWith("/change", StringComparison.Ordinal))
        {
            return;
        }

        var owner = target.Substring(0, target.Length - "/change".Length);
        reasonCount++;
        foreach (var clause in Clauses(reason))
        {
            var text = clause.Text;
            var next = 0;
            var labelStart = 0;
            while (Scanner.Next(text, ref next, out var number))
            {
                var label = text.Substring(labelStart, number.Start - labelStart).Trim();
                labelStart = number.End;
                if (!number.IsMoney || !EndsWithDirection(label))
                {
                    continue;
                }

                if (ReasonFigureUnheld(label, owner, number, clause))
                {
                    continue;   // a change the model has no member for: a located note (NarrativeReader.ReasonSubItems)
                }

                if (ReasonItems.TryGetValue(ReasonItemName(label), out var item) && N + item != owner)
                {
                    reasonChanges.Add(new ReasonChange(reasonCount, N + item, DirectionOf(label)!, number,
                        b.Span(clause, number.Start, number.End), text));
                }
            }
        }
    }

    private static readonly string[] PriorYearBasisWords = ["较上年决算数", "比上年决算数", "较上年决算", "比上年决算", "较上年", "比上年", "同比"];

    /// <summary>"一是财政拨款收入较上年减少" → "财政拨款收入": the label without its list word, comparison and direction.</summary>
    private static string ReasonItemName(string label)
    {
        var name = label;
        if (name.Length >= 2 && BlockClassifier.IsChineseNumeral(name[0]) && name[1] == '是')
        {
            name = name.Substring(2);   // 一是 / 二是 …
        }

        foreach (var word in PriorYearBasisWords)
        {
            name = name.Replace(word, string.Empty);
        }

        foreach (var d in Directions)
        {
            if (name.EndsWith(d + "了", StringComparison.Ordinal))
            {
                return name.Substring(0, name.Length - d.Length - 1).Trim();
            }

            if (name.EndsWith(d, StringComparison.Ordinal))
            {
                return name.Substring(0, name.Length - d.Length).Trim();
            }
        }

        return name.Trim();
    }

    /// <summary>
    /// Places the changes read from reasons on items whose amount is stated and whose change is not. A reason whose
    /// items are not all stated places none of its changes: the prior-year figures rebuilt from the changes (FA2107)
    /// would otherwise miss the unstated item and report a gap the text does not have.
    /// </summary>
    private void PlaceReasonChanges()
    {
        PlacePriorBrackets();
        var incomplete = new HashSet<int>();
        foreach (var c in reasonChanges)
        {
            if (!b.Has(c.Owner, "amount"))
            {
                incomplete.Add(c.Reason);
            }
        }

        foreach (var c in reasonChanges)
        {
            if (incomplete.Contains(c.Reason) || b.Has(c.Owner, "change"))
            {
                continue;
            }

            b.Context = "reason;";
            b.Set(c.Owner + "/change/direction", DraftNode.Of(c.Direction), c.Span);
            b.Set(c.Owner + "/change/amount", AmountNode(c.Token, c.Span), c.Span, ClaimKind.ChangeAmount, c.Text);
        }

        PlaceTotalReasonOnItem();
    }

    /// <summary>
    /// The 三公 items a reason of the total may name, each by words only it has (公务用车 alone could be the subtotal, the
    /// purchase or the running costs, so it names none).
    /// </summary>
    private static readonly (string Item, string[] Words)[] ThreePublicReasonItems =
    [
        ("reception", ["接待"]),
        ("overseasTravel", ["出国", "出境"]),
        ("vehiclePurchase", ["购置", "购车"]),
        ("vehicleOperation", ["运行维护", "运维", "用车运行", "车辆运行"]),
    ];

    /// <summary>
    /// "“三公”经费…比上年减少 0.30 万元，主要原因是压减公务接待。其中：公务接待费 1.00 万元，比上年减少 0.30 万元": the total's
    /// reason names one item, whose change goes the same way and has no reason of its own — that item's change gets it (session
    /// 21; before, FA2106 warned of a change without a reason). Only when the reason names exactly one item (by
    /// <see cref="ThreePublicReasonItems"/>) and that item's change has the total's direction: otherwise nothing (a Warning is
    /// acceptable, a wrong attachment is not).
    /// </summary>
    private void PlaceTotalReasonOnItem()
    {
        const string ThreePublic = N + "threePublic/";
        const string TotalChange = ThreePublic + "total/change";
        if (b.FindString(TotalChange, "reason") is not { Length: > 0 } reason
            || b.FindString(TotalChange, "direction") is not { } direction)
        {
            return;
        }

        string? named = null;
        foreach (var (item, words) in ThreePublicReasonItems)
        {
            if (HasAny(reason, words))
            {
                if (named is not null)
                {
                    return;   // two items named: of which the reason speaks is not certain
                }

                named = item;
            }
        }

        var change = named is null ? null : ThreePublic + named + "/change";
        if (change is null || b.Has(change, "reason")
            || !string.Equals(b.FindString(change, "direction"), direction, StringComparison.Ordinal)
            || !b.Spans.TryGetValue(TotalChange + "/reason", out var span))
        {
            return;
        }

        b.SetUnder(change, "reason", DraftNode.Of(reason), span);
    }

    /// <summary>The year-over-year changes the figures of the text stated, with the section each was stated in.</summary>
    private readonly List<(Section Section, string Change)> sectionChanges = new();

    /// <summary>
    /// "…减少 27439.50 元，下降 12.83%。其中：1.因公出国（境）费 0 元，与上年持平。2.…3.… 减少的主要原因是严格控制…" (session 22):
    /// a reason sentence without a figure of its own whose head names a direction ("减少的", "降低的") explains a change of
    /// that direction — not the change read last when that one goes another way (持平) or has its reason already. The change
    /// is then the only one of the section with that direction and no reason; with none or several, no change (the reason
    /// is a note: a Warning is acceptable, a wrong attachment is not). A head without a direction word, or a budget as the
    /// target, keeps <paramref name="target"/>.
    /// </summary>
    private string? HeadedReasonTarget(string t, int from, int reasonAt, string? target)
    {
        reasonNamedByHead = false;
        if (FlowReasonTarget(t, from, reasonAt, out var flowTarget))
        {
            return flowTarget;   // session 39 (FundFlowChanges): "收入减少主要是…" is the fund's income change's, or no one's
        }

        if (NamedReasonTarget(t, from, reasonAt) is { } named)
        {
            return named;   // Session 34 (W1): "“三公”经费减少的主要原因是…" is the total's (NarrativeReader.NamedReasonHeads.cs)
        }

        string? namedHead = null;
        reasonNamedByHead = reasonAt > from && NamedHeadChanges(t, from, reasonAt, out namedHead);
        if (reasonNamedByHead)
        {
            return namedHead;   // session 43 (NamedReasonClauses): "基本支出增加主要是…" is that change's, or no one's
        }

        if (reasonAt <= from || target is not null && !target.EndsWith("/change", StringComparison.Ordinal)
            || Scanner.HasFigureIn(t, from, reasonAt) || !HasAnyIn(t, from, reasonAt, Directions)
            || DirectionOf(t.Substring(from, reasonAt - from)) is not { } direction)
        {
            return target;
        }

        if (target is not null && !b.Has(target, "reason")
            && string.Equals(b.FindString(target, "direction"), direction, StringComparison.Ordinal))
        {
            return target;
        }

        string? found = null;
        foreach (var (s, change) in sectionChanges)
        {
            if (s != section || change == found || b.Has(change, "reason")
                || !string.Equals(b.FindString(change, "direction"), direction, StringComparison.Ordinal))
            {
                continue;
            }

            if (found is not null)
            {
                return null;   // two changes that way: which one the reason explains is not certain
            }

            found = change;
        }

        return found;
    }
}
