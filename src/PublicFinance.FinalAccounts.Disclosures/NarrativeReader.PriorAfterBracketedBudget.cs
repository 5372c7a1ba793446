namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 64 (prose64, blind round 60 t07): a prior-year figure after the budget in one bracket right after an item's amount —
/// "公务用车购置及运行维护费16.38万元（预算18.00万元，上年15.92万元）", "公务接待费1.24万元（预算2.00万元，上年1.47万元）". The budget was
/// read (the bracketed budget label), but the prior's label ",上年" opens no bracket of its own, so <see cref="PriorYearBracket"/>
/// did not take it and it was "an amount the reader could not place". Now the clause after the comma is the bracket's prior
/// when its words are a prior-year bracket's (上年, 上年数, 上年决算, 2012年 in a 2013 text…) and the bracket's first words are
/// the budget's (预算, 年初预算, 全年预算) with one amount: it is kept as any bracketed prior is, and placed once the text is read
/// only if it agrees with the change stated for the item (<see cref="PlacePriorBrackets"/>). A bracket that opens after
/// anything else than the item's amount, or holds other words before the prior, is read as before.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The budget words a bracket before its prior may open with.</summary>
    private static readonly string[] BracketBudgetOpenings = ["预算数", "预算为", "预算", "年初预算数", "年初预算", "全年预算数", "全年预算"];

    /// <summary>
    /// How far before the figure (in characters of the sentence) its bracket opens, when <paramref name="label"/> is ",上年" (a
    /// prior-year bracket's words after a comma) inside a bracket whose first clause is a budget of one amount (see the type's
    /// remarks); else -1.
    /// </summary>
    private int PriorAfterBracketedBudget(ClauseView clause, NumberToken token, string label)
    {
        var l = Trimmed(label);
        if (l.Length < 3 || l[0] is not (',' or '，') || !IsPriorBracket("(" + l.Substring(1).TrimStart()))
        {
            return -1;
        }

        var text = clause.Sentence.Text;
        var at = clause.Start + token.Start;
        var open = text.LastIndexOf('(', Math.Max(0, at - 1));
        var comma = text.LastIndexOfAny([',', '，'], Math.Max(0, at - 1));
        if (open < 0 || comma < open || !InsideBrackets(text, at) || text.IndexOf(')', open, at - open) >= 0)
        {
            return -1;
        }

        var budgetAt = open + 1;
        var opening = Array.Find(BracketBudgetOpenings, w => string.CompareOrdinal(text, budgetAt, w, 0, w.Length) == 0);
        if (opening is null || text.LastIndexOfAny([',', '，'], comma - 1, comma - open) > open)
        {
            return -1;   // not "(预算 X，上年 Y)": other words, or more clauses, in the bracket before the prior
        }

        var next = budgetAt + opening.Length;
        var figures = 0;
        while (Scanner.NextIn(text, budgetAt + opening.Length, comma, ref next, out var figure))
        {
            figures += figure.IsMoney ? 1 : 2;
        }

        return figures == 1 ? at - open : -1;
    }

    /// <summary>
    /// Whether the bracket that opens <paramref name="distance"/> characters before the figure at <paramref name="span"/> opens
    /// right after the amount of the figure at <paramref name="owner"/> and its unit (on the same line).
    /// </summary>
    private bool BracketOpensAfter(string owner, Validation.SourceSpan span, int distance)
        => b.Find(owner + "/amount") is { Mapped: true } amount && amount.Span.EndLine == span.StartLine
            && span.StartColumn - distance is var openColumn && openColumn >= amount.Span.EndColumn
            && openColumn - amount.Span.EndColumn <= 3;   // the amount's unit (万元) and a space may stand between
}
