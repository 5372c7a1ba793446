using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 41 (issue 8): shares written 分别占 after a list of amounts — "其中：基本支出 800.00 万元、项目支出 350.00 万元和其他支出
/// 50.00 万元，分别占本年支出的 66.67%、29.17% 和 4.17%", "…，分别占收入合计的…". Each share is the listed amount's in order, and is
/// placed on the figure that amount was placed on, only when: the list (the amounts after the sentence's last 其中 or colon
/// before the 分别 clause) and the percentages of the clause are as many; every amount was placed as a figure (its name
/// resolved) on its own member; the base named after 占 is the one each figure's share is checked against (FA2001–FA2007), or,
/// with no base named, that base is a figure stated before the list in the same sentence; and no figure holds a share yet.
/// Otherwise every percentage of the clause is a note (<see cref="DisclosureMessages.SharesOfAList"/>), as in session 40.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>
    /// The sentence of the last 分别占 run and where it starts and ends in the sentence's text (its percentages run over the
    /// clauses 、 and 和 cut it into, to the next ，；。): all of them were read at its first.
    /// </summary>
    private (int Sentence, int Start, int End) listSharesRun = (-1, -1, -1);

    /// <summary>The percentages of a 分别占 run (reused).</summary>
    private readonly List<NumberToken> listShareFigures = [];

    /// <summary>The amounts of the list before a 分别占 clause (reused).</summary>
    private readonly List<NumberToken> listAmountFigures = [];

    /// <summary>Whether the clause is a 分别占 clause already read at its first percentage (<see cref="ListShares"/>).</summary>
    private bool ListShareHandled(ClauseView clause)
        => listSharesRun.Sentence == sentenceStart && clause.Start >= listSharesRun.Start && clause.Start < listSharesRun.End;

    /// <summary>
    /// Reads every percentage of the 分别占 clause <paramref name="clause"/> (<paramref name="written"/> is its first
    /// percentage's label, 占 at <paramref name="at"/>): paired with the listed amounts in order when they agree (the type's
    /// summary), else each a note. Session 46: with <paramref name="names"/>, paired with the figures named before 分别
    /// instead (<c>PairedShares</c>).
    /// </summary>
    private void ListShares(ClauseView clause, string written, int at, List<string>? names = null)
    {
        var sentence = clause.Sentence;
        var source = sentence.Text;
        var end = ListSharesEnd(source, clause.Start, currentSentenceTo);
        listSharesRun = (sentenceStart, clause.Start, end);
        listShareFigures.Clear();
        ClauseFigures(source, clause.Start, end, listShareFigures);
        var lead = ListLeadEnd(source, currentSentenceFrom, clause.Start);
        listAmountFigures.Clear();
        ClauseFigures(source, lead, clause.Start, listAmountFigures);
        WithoutBracketedFigures(source, lead, listAmountFigures);   // session 43: a listed amount's own parts (ShareListWordings)
        var name = ListShareBaseName(written.Substring(at + 1));
        var owners = names is null ? PairedOwners(sentence, name, lead) : NamedOwners(names, name, sentence);
        for (var k = 0; k < listShareFigures.Count; k++)
        {
            var token = listShareFigures[k];
            var span = b.Span(sentence, token.Start, token.End);
            if (owners is null)
            {
                Note(span, names is null ? DisclosureMessages.SharesOfAList : DisclosureMessages.SharesOfNamedFigures, clause);
                continue;
            }

            if (FundPartShareHeld(owners[k], name, PercentNode(token), sentence.At(clause.Start), span, clause.Text))
            {
                continue;   // session 43: a fund part's share of the year's income, held or noted as a single one is
            }

            b.SetUnder(owners[k], "share", PercentNode(token), span, ClaimKind.Share, clause.Text);
            if (name is not null)
            {
                b.SetUnder(owners[k], "shareBasis", DraftNode.Of(name), span);
            }
        }
    }

    /// <summary>
    /// The figures the listed amounts were placed on, in order, when each percentage of the clause pairs with one (the
    /// type's summary); else null.
    /// </summary>
    private string[]? PairedOwners(Fragment sentence, string? name, int lead)
    {
        var count = listShareFigures.Count;
        if (count < 2 || listAmountFigures.Count != count)
        {
            return null;
        }

        var owners = new string[count];
        for (var k = 0; k < count; k++)
        {
            var amount = listAmountFigures[k];
            var named = k == 0 ? lead : listAmountFigures[k - 1].End;
            if (listShareFigures[k].Unit != FigureUnit.Percent || !amount.IsMoney
                || (PlacedAmountAt(b.Span(sentence, amount.Start, amount.End)) ?? RestatedFundIncome(sentence.Text, named, amount))
                    is not { } owner
                || Array.IndexOf(owners, owner) >= 0 || b.Has(owner, "share") || !ListShareBaseAgrees(owner, name, sentence, lead))
            {
                return null;
            }

            owners[k] = owner;
        }

        return owners;
    }

    /// <summary>
    /// The figure (its pointer without <c>/amount</c>) an amount written at <paramref name="span"/> was placed on, or null.
    /// </summary>
    private string? PlacedAmountAt(SourceSpan span)
    {
        for (var i = b.Claims.Count - 1; i >= 0; i--)
        {
            var claim = b.Claims[i];
            if (claim.Span == span)
            {
                return claim.Kind == ClaimKind.Amount && claim.Pointer.EndsWith("/amount", StringComparison.Ordinal)
                    ? claim.Pointer.Substring(0, claim.Pointer.Length - "/amount".Length) : null;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether the share of <paramref name="owner"/> is of the base <paramref name="name"/> names after 占 (null: none named,
    /// then a figure stated before the list, from the sentence's start to <paramref name="lead"/>, must be that base).
    /// </summary>
    private bool ListShareBaseAgrees(string owner, string? name, Fragment sentence, int lead)
    {
        var fundPart = Array.IndexOf(FundPartShareFields, owner) >= 0;
        var ruleBase = fundPart ? "appropriation/currentYearIncome" : ShareRuleBase(owner);
        if (ruleBase is null)
        {
            return false;
        }

        if (name is not null)
        {
            return fundPart ? LastWhole(name, 0, name.Length) is FundShareWhole.Appropriation or FundShareWhole.YearIncome
                : ShareBaseTarget(name, null) == ruleBase;
        }

        var twin = ruleBase switch
        {
            "overall/currentYearExpenditure" => "expenditure/total",
            "overall/currentYearIncome" => "income/total",
            _ => ruleBase,
        };
        var heads = new List<NumberToken>();
        ClauseFigures(sentence.Text, currentSentenceFrom, lead, heads);
        foreach (var head in heads)
        {
            if (head.IsMoney && PlacedAmountAt(b.Span(sentence, head.Start, head.End)) is { } placed
                && (placed == N + ruleBase || placed == N + twin))
            {
                return true;
            }
        }

        // Session 43: no whole before the list (ShareListWordings); session 44: a fund part's base is then what its sentence, or
        // the one before it, names (FundPartShareHeld: placed, held for the end or a note — FundListShares).
        return heads.Count == 0 && (fundPart || SectionWholeIsBase(ruleBase));
    }

    /// <summary>
    /// Where the list before a 分别占 clause starts: after the last 其中 or colon in [<paramref name="from"/>,
    /// <paramref name="to"/>) outside brackets, else at <paramref name="from"/>.
    /// </summary>
    private static int ListLeadEnd(string text, int from, int to)
    {
        var closed = 0;   // session 43: brackets closed after i (a listed amount's parts: "（其中：…）" leads no list)
        for (var i = to - 1; i >= from; i--)
        {
            closed += text[i] is ')' or '）' ? 1 : text[i] is '(' or '（' && closed > 0 ? -1 : 0;
            if (closed > 0)
            {
                continue;
            }

            if (text[i] is ':' or '：')
            {
                return i + 1;
            }

            if (Scanner.Starts(text, i, "其中", to))
            {
                return i + 2;
            }
        }

        return from;
    }

    /// <summary>
    /// Where the percentages after 分别占 at <paramref name="from"/> end: at the next ，；。 (not 、 nor 和), or
    /// <paramref name="to"/>.
    /// </summary>
    private static int ListSharesEnd(string text, int from, int to)
    {
        for (var i = from; i < to && i < text.Length; i++)
        {
            if (text[i] is ',' or '，' or ';' or '；' or '。')
            {
                return i;
            }
        }

        return Math.Min(to, text.Length);
    }

    /// <summary>The base named after 分别占 ("本年支出的" → 本年支出), or null when none is ("分别占", "分别占比为").</summary>
    private static string? ListShareBaseName(string afterZhan)
    {
        var name = WithoutShareTail(afterZhan.Trim());   // session 43: "…的比重分别为", "…的比重为" (ShareListWordings)

        return name.Length == 0 || name.StartsWith("比", StringComparison.Ordinal) ? null : name;
    }
}
