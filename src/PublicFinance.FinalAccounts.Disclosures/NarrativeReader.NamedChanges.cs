namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// A change in the overview whose clause names a figure of its own that the text has not stated ("收入总计 3680.58 万元。
/// 与上年相比，本年收入合计增加 436.58 万元，增长 14.43%"): the change is the year's income's, not the grand total's stated
/// just before it, and with no amount of that figure to hold it, it is a located note — never the grand total's change,
/// which would be checked against the wrong base (a false FA2104).
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The start of the sentence in which a change of an unstated named figure was noted: its rate follows it.</summary>
    private int unstatedChangeSentence = -1;

    /// <summary>Whether the change of the overview sentence being read belongs to an unstated named figure (see the class).</summary>
    private bool UnstatedChangeNoted => section == Section.Overall && unstatedChangeSentence == sentenceStart;

    /// <summary>
    /// Whether the amount of the overview figure <paramref name="figure"/> that a change's label <paramref name="named"/> names
    /// is stated later in the paragraph ("与上年相比，本年收入合计增加 436.58 万元，增长 14.43%。本年收入合计 3680.58 万元…"): the
    /// label from the longest key of the figure it has (本年收入合计), followed later (after 为, 是, 共, 计, ':' or blanks) by
    /// an amount.
    /// The change is then that figure's, attached before its amount, and the figure becomes the sentence's subject so that
    /// the change's rate is its too (outside review 21, L8).
    /// </summary>
    private bool AmountStatedLater(string named, string figure)
    {
        string? key = null;
        foreach (var (k, _, target) in LabelKeys[Section.Overall])
        {
            if (target == figure && (key is null || k.Length > key.Length) && named.Contains(k, StringComparison.Ordinal))
            {
                key = k;
            }
        }

        if (key is null)
        {
            return false;
        }

        key = named.Substring(named.IndexOf(key, StringComparison.Ordinal));   // "本年收入合计": the key and what follows it

        var text = currentSentence;
        for (var at = text.IndexOf(key, currentSentenceFrom, StringComparison.Ordinal); at >= 0;
            at = text.IndexOf(key, at + key.Length, StringComparison.Ordinal))
        {
            var i = at + key.Length;
            while (i < text.Length && i - at - key.Length < 3 && "为是共计: ".IndexOf(text[i]) >= 0)
            {
                i++;
            }

            var from = i;
            if (Scanner.Next(text, ref from, out var token) && token.Start == i && token.IsMoney)
            {
                subject = N + figure;   // the figure is the sentence's subject: its rate ("增长 10.84%") follows the change
                subjectSentence = sentenceStart;
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a change labelled <paramref name="label"/> in the overview names the year's income or expenditure whose amount
    /// is not stated (the sentence is then marked and its reason has no target), or is a bare direction or rate after such a
    /// change in the same sentence ("…，增长 14.43%").
    /// </summary>
    private bool OfUnstatedNamedFigure(string label)
    {
        if (section != Section.Overall)
        {
            return false;
        }

        var named = StripDirection(label);
        var figure = Resolve(named);
        if (named.Length > 2 && figure is "overall/currentYearIncome" or "overall/currentYearExpenditure"
            && !b.Has(N + figure + "/amount"))
        {
            unstatedChangeSentence = sentenceStart;
            // its change is placed once the text states it (Blind23A, family M3) — unless its basis is a budget ("与年初预算相比，
            // 本年收入合计减少…", "本年收入合计比年初预算减少…"): never a year-on-year change, it stays a note (revfixa, issue 1)
            unstatedChangeFigure = BudgetBasedSentence(label) ? null : N + figure;
            reasonTarget = null;
            return true;
        }

        return unstatedChangeSentence == sentenceStart && figure is null;
    }

    /// <summary>
    /// Whether the sentence's comparison is against a budget (预算): a "与年初预算相比" clause before it in the sentence (its
    /// pending budget kind), or 预算 in the label's lead-in ("本年收入合计比年初预算减少") — not the 预算 of 一般公共预算 or
    /// 政府性基金预算 (<see cref="MentionsBudget"/>).
    /// </summary>
    private bool BudgetBasedSentence(string label)
        => pendingBudgetKind is not null && pendingBudgetSentence == sentenceStart || MentionsBudget(label);
}
