using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 39 (issue 8, blind round 36 family D): shares worded otherwise than "占 X%". A bare share word after the
/// figure's amount ("财政拨款收入 2880.00 万元，比重为 90.0%", "…，比例为 2.0%") is the figure's share, read as "占 X%" is;
/// an approximate share ("约占 8%", "占比约 8%", "占 8% 左右") is a note, never a figure (an exact check of a rounded-off
/// share is a false Error); a share of a figure named in the clause but whose amount is not written there
/// ("本年收入合计 3200.00 万元，财政拨款收入占 90.0%") is that figure's share when the report already holds the figure's
/// amount in the same context, else a located note (the model keeps no share without its amount).
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>
    /// Labels that are a share word alone (after the figure's amount, in its own clause): "比重为", "所占比重", "比例是"…
    /// Compared with the label trimmed, without a leading "其" or trailing ":".
    /// </summary>
    private static readonly string[] BareShareWords =
        ["比重", "比重为", "比重是", "比重达", "比例为", "比例是", "所占比重", "所占比重为", "所占比重是", "所占比例", "所占比例为",
            "所占比例是", "所占份额", "所占份额为", "占比为", "占比是", "占比达",
            "构成比例", "构成比例为", "构成比例是", "构成比重", "构成比重为"];   // session 47: "…万元，构成比例95.03%" (blind round 44)

    /// <summary>Whether <paramref name="label"/> is a share word alone (<see cref="BareShareWords"/>).</summary>
    private bool IsBareShareWord(string label)
    {
        var written = Trimmed(label);
        if (written.Length == 0 || written.Length > 6 || !(LabelHas(label, "比") || LabelHas(label, "份额")))
        {
            return false;
        }

        foreach (var word in BareShareWords)
        {
            if (string.Equals(written, word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The share families of this file, asked before the "占" branch of <c>PercentFigure</c>: true when the percentage was
    /// read or noted here. An approximate share is a note; a share of a figure named before 占 whose amount is not in the
    /// clause is placed on that figure when the report holds its amount (in the same context), else a note.
    /// </summary>
    private bool ShareWording(ClauseView clause, NumberToken token, string label, SourceSpan span)
    {
        var written = Trimmed(label);
        var at = written.IndexOf('占');
        var shareWord = at >= 0 || IsBareShareWord(label);
        if (!shareWord)
        {
            return false;
        }

        if (ApproximateShare(written, at, span))
        {
            Note(span, DisclosureMessages.ApproximateShare(clause.Text.Trim()), clause);
            return true;
        }

        if (section != Section.Procurement && NamedFigureShares(clause, written, at))
        {
            return true;   // session 46: "人员经费和公用经费分别占…的 a% 和 b%" (NarrativeReader.PairedShares.cs)
        }

        if (section != Section.Procurement && RespectiveAfterZhan(written, at))
        {
            ListShares(clause, written, at);   // session 43: "占…的比重分别为 a%、b%" after the list (ShareListWordings)
            return true;
        }

        if (at <= 0 || section == Section.Procurement)
        {
            return false;   // the procurement shares keep their own readers (SME and micro/small bases)
        }

        var name = WithoutReportYear(NameBeforeShare(written.Substring(0, at)));   // session 49: "2024年财政拨款收入占…"
        if (name.Length == 0)
        {
            return false;
        }

        if (NamesAnotherYear(name))
        {
            Note(span, DisclosureMessages.ShareOfUnknownFigure(name), clause);   // session 49: "2023年财政拨款收入占…" in 2024
            return true;
        }

        if (RefersBack(name))
        {
            return false;   // session 40: "该项支出占 20%", "上述支出占比…": the subject's own share, read by the 占 branch
        }

        var target = Resolve(name);
        var ledPart = target is null && !NamesAProject(name) ? LedPartTarget(clause, name) : null;   // session 50: "本年收入中，A占…"
        target ??= ledPart;
        if (target is null && !NamesTheWhole(name) || NamesAProject(name))
        {
            // Session 40: "项目支出 200.00 万元，培训费占比 6.0%", "其中信息化项目支出占 30%": a figure the model has no member
            // for is not the clause's subject, and its share stored there was a false FA2002 (UnresolvedShareNames).
            if (name.StartsWith("分别", StringComparison.Ordinal))
            {
                ListShares(clause, written, at);   // session 41: paired with the listed amounts in order, or noted (ShareListPairing)
                return true;
            }

            Note(span, DisclosureMessages.ShareOfUnknownFigure(name), clause);
            return true;
        }

        if (target is null || target.IndexOf('*') >= 0 || HasDigit(name))
        {
            return false;   // the whole named ("在总支出中占…"), an item: as before
        }

        var named = N + target;
        if (string.Equals(named, subject, StringComparison.Ordinal))
        {
            return false;   // "财政拨款收入 2880.00 万元，财政拨款收入占 90.0%": the subject itself
        }

        if (ledPart is null && !IsWholeOfShare(named) && !NamesWholeOfShare(named, written.Substring(at + 1)))
        {
            // "财政拨款收入 2880.00 万元，其中一般公共预算占 95%": a share of the clause's figure, not of the named figure's whole.
            Note(span, DisclosureMessages.ShareOfAnotherBase, clause);
            return true;
        }

        if (b.Find(named + "/amount") is null
            || b.ContextOf(named + "/amount") is { } held && !SameKindOfFigure(held, b.Context))
        {
            Note(span, DisclosureMessages.ShareOfUnstatedFigure(name), clause);
            return true;
        }

        // The named figure's amount is in the report (an earlier sentence, a table): the share is its own, read as "占 X%"
        // with the words from 占 on, and the clause's subject is kept for what follows.
        var kept = subject;
        subject = named;
        try
        {
            PercentFigure(clause, token, written.Substring(at), span);
        }
        finally
        {
            subject = kept;
        }

        return true;
    }

    /// <summary>
    /// Whether the share is approximate: a word of <see cref="ApproximateBefore"/> right before 占 (at
    /// <paramref name="at"/> in <paramref name="written"/>), one of <see cref="ApproximateInShare"/> after it (or after a bare
    /// share word), or the percentage itself written as approximate (<c>IsApproximateFigure</c>: "左右", "以上" after it).
    /// </summary>
    private bool ApproximateShare(string written, int at, SourceSpan span)
    {
        if (at > 0)
        {
            var before = written.Substring(0, at);
            foreach (var word in ApproximateBefore)   // as before an amount: "约占 8%", "近占…", "接近占…", not "节约占…"
            {
                if (before.EndsWith(word, StringComparison.Ordinal)
                    && !(word.Length == 1 && before.Length >= 2 && NotApproximateBefore.IndexOf(before[before.Length - 2]) >= 0))
                {
                    return true;
                }
            }
        }

        var after = written.Substring(Math.Max(0, at) + (at >= 0 ? 1 : 0));
        foreach (var word in ApproximateInShare)
        {
            if (after.IndexOf(word, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return IsApproximateFigure(span);
    }

    /// <summary>
    /// The figure's name written before 占: without the list words before it ("其中:", "本年收入中,") and a trailing 所 or 的
    /// ("财政拨款收入所占比重"); empty when what is left is not a name alone (a clause break or a figure inside).
    /// </summary>
    private static string NameBeforeShare(string before)
    {
        var name = before.Trim();
        var cut = name.LastIndexOfAny([',', ':', ';', '。', '，', '：', '；']);
        if (cut >= 0)
        {
            name = name.Substring(cut + 1).Trim();
        }

        if (name.StartsWith("其中", StringComparison.Ordinal))
        {
            name = name.Substring(2).Trim();
        }

        while (name.Length > 0 && (name[name.Length - 1] == '所' || name[name.Length - 1] == '的' || name[name.Length - 1] == ' '))
        {
            name = name.Substring(0, name.Length - 1);
        }

        foreach (var c in name)
        {
            if (c is '(' or ')' or '、' or '%')
            {
                return string.Empty;
            }
        }

        return name.Length < 2 ? string.Empty : name;
    }

    /// <summary>
    /// Whether two qualifier keys (<see cref="Qualifiers"/>) are of one kind of figure for a share: equal but for the scope
    /// (总计/合计/其中: "本年收入合计 X，财政拨款收入占…" against "其中财政拨款收入 Y") and the flow (the name itself says
    /// 收入 or 支出). Fund, staffing, item, basis (budget, prior year) and a named year must agree.
    /// </summary>
    private static bool SameKindOfFigure(string held, string current)
        => string.Equals(WithoutScopeAndFlow(held), WithoutScopeAndFlow(current), StringComparison.Ordinal);

    /// <summary>A qualifier key without its "scope=…;" and "flow=…;" entries.</summary>
    private static string WithoutScopeAndFlow(string key)
    {
        if (key.IndexOf("scope=", StringComparison.Ordinal) < 0 && key.IndexOf("flow=", StringComparison.Ordinal) < 0)
        {
            return key;
        }

        var kept = new System.Text.StringBuilder();
        foreach (var entry in key.Split([';'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (!entry.StartsWith("scope=", StringComparison.Ordinal) && !entry.StartsWith("flow=", StringComparison.Ordinal))
            {
                kept.Append(entry).Append(';');
            }
        }

        return kept.ToString();
    }

    /// <summary>
    /// Whether the clause's subject is the whole that the share rule of <paramref name="named"/> divides by (FA2001, FA2002,
    /// FA2004, FA2005): the year's income or expenditure (its section total or the overview's), the 一般公共预算 total, the
    /// 三公 total. Only then is "NAME 占 Y%" after that subject a share of the same base as the rule's.
    /// </summary>
    private bool IsWholeOfShare(string named)
    {
        if (subject is null)
        {
            return false;
        }

        var relative = named.Substring(N.Length);
        string[] wholes = relative.StartsWith("income/", StringComparison.Ordinal) ? ["income/total", "overall/currentYearIncome"]
            : relative.StartsWith("expenditure/", StringComparison.Ordinal)
                ? ["expenditure/total", "overall/currentYearExpenditure"]
            : relative.StartsWith("generalBudget/classes/", StringComparison.Ordinal) ? ["generalBudget/total"]
            : relative.StartsWith("threePublic/", StringComparison.Ordinal) ? ["threePublic/total"]
            : [];
        foreach (var whole in wholes)
        {
            if (whole != relative && string.Equals(subject, N + whole, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
