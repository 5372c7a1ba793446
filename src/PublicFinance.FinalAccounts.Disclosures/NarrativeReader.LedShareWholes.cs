namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 50 (blind round 45, t07): shares of the year's income or expenditure parts written after a leading whole and no
/// amounts — "本年收入中，财政拨款收入占 65.75%，事业收入占 28.62%。本年支出中，基本支出占 53.37%…" — in a paragraph whose
/// section (总体情况, or an unknown "收入与支出结构" heading) has no member for the parts' names. The whole is written (the
/// clause "本年收入中" or "本年支出中" opening the stretch), so the name is resolved among that whole's parts (the income or the
/// expenditure section's); a share whose part the report holds is then that part's (<c>ShareWording</c>), else a note as
/// before. A name that is no part of the led whole (a 支出 after "本年收入中") stays a note.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The wholes a clause may lead a list of shares with ("本年收入中"), the section whose parts they are and the
    /// parts' member family.</summary>
    private static readonly (string Whole, Section Section, string Family)[] LedShareWholes =
    [
        ("本年收入", Section.Income, "income/"), ("本年收入合计", Section.Income, "income/"), ("收入合计", Section.Income, "income/"),
        ("本年支出", Section.Expenditure, "expenditure/"), ("本年支出合计", Section.Expenditure, "expenditure/"),
        ("支出合计", Section.Expenditure, "expenditure/"),
    ];

    /// <summary>
    /// The member (relative to the narrative) of the part <paramref name="name"/> a share in <paramref name="clause"/> is of,
    /// when the last clause opening a stretch before it in its sentence is a led whole ("本年收入中", "2019年本年支出中") and
    /// the name is one of that whole's parts (not the whole, not a fund's part); else null.
    /// </summary>
    private string? LedPartTarget(ClauseView clause, string name)
    {
        var source = b.Text;
        var at = Math.Min(clause.Sentence.At(Math.Min(clause.End, clause.Sentence.Length)), source.Length);
        var from = SentenceStartBefore(source, clause.Sentence.At(clause.Start));
        (Section Section, string Family)? led = null;
        var start = from;
        for (var i = from; i < at; i++)
        {
            if (source[i] is not (',' or '，' or ';' or '；' or ':' or '：'))
            {
                continue;
            }

            if (LedWhole(source.AsSpan(start, i - start)) is { } whole)
            {
                led = whole;
            }

            start = i + 1;
        }

        if (led is not { } w || Resolve(w.Section, WithoutIssuerName(name)) is not { } target
            || !target.StartsWith(w.Family, StringComparison.Ordinal) || target.IndexOf('*') >= 0
            || target.EndsWith("/total", StringComparison.Ordinal))
        {
            return null;
        }

        return target;
    }

    /// <summary>Whether <paramref name="clause"/> is a clause that leads a list of shares ("本年收入中").</summary>
    internal static bool LedWholeFor(string clause) => LedWhole(clause.AsSpan()) is not null;

    /// <summary>The section and family of the led whole a clause is ("本年收入中", "2019年度本年支出中"), or null.</summary>
    private static (Section Section, string Family)? LedWhole(ReadOnlySpan<char> clause)
    {
        var text = clause.Trim();
        if (text.Length < 2 || text[text.Length - 1] != '中')
        {
            return null;
        }

        text = text.Slice(0, text.Length - 1);
        var year = text.IndexOf('年');
        if (year == 4 && text.Length > 5 && char.IsDigit(text[0]))
        {
            text = text.Slice(text[5] == '度' ? 6 : 5);   // "2019年本年收入中", "2019年度本年收入中"
        }

        foreach (var (whole, section, family) in LedShareWholes)
        {
            if (text.SequenceEqual(whole.AsSpan()))
            {
                return (section, family);
            }
        }

        return null;
    }
}
