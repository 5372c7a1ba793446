using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 41 (prec41, issue 8, precision): a change written with a neutral word only (增减额, 增减率, 变动率 — no 上年, 同比
/// or direction word) right after a budget amount — "支出决算 1000.00 万元，年初预算 1100.00 万元，增减额 -100.00 万元，增减率
/// -9.09%" — is the final against that budget (预决算比较), never a year-on-year change. Before, the sign made it a decrease
/// of the year (session 39's <see cref="SignedNeutralChange"/>) and the rate went to the change: a false FA2104 (against the
/// prior year), FA2103 (against a later 比上年增长) or FA2206 (the budget lost its reason to the change). Now the amount is the
/// budget difference (its sign the relation) and the rate the variance rate. It applies only when the open budget comparison's
/// budget amount was read in this sentence, before the change, and no year-on-year figure and no 上年 / 同比 word came between;
/// "上年决算数 950.00 万元，增减率 5.26%" and a neutral rate with no budget keep their readings (a year's change, a note).
/// Also: an "other" expenditure kind (其他支出) among the kinds of 本年支出 (基本支出、项目支出、其他支出) — the model has
/// no member for it, so the kinds read cannot add up to the total: 项目支出's amount is withdrawn after the text (a located
/// note; the figure stays a claim), so FA1203 does not run on a list the model holds only in part.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>Words that make a stretch of a sentence year-on-year (a change after them is against the prior year).</summary>
    private static readonly string[] YearOnYearWords = ["上年", "同比", "去年", "上一年"];

    /// <summary>The kinds of 本年支出 whose sentence makes an "other" kind one of them (基本支出、项目支出、其他支出).</summary>
    private static readonly string[] KindsBesideOther = ["expenditure/basic/amount", "expenditure/project/amount"];

    /// <summary>Set when an "other" kind of expenditure (其他支出) was read in the sentence of the kinds 基本支出 / 项目支出.</summary>
    private bool expenditureKindsIncomplete;

    /// <summary>Where the first "other" kind that made the kinds incomplete was written (the withdrawal's note falls back to it).</summary>
    private SourceSpan otherKindSpan;

    /// <summary>
    /// Whether <paramref name="label"/> is a neutral change word that names no basis alone (<see cref="NeutralChangeWords"/>
    /// but 同比, 较上年, 比上年), list punctuation before it and 为 or white space after it allowed: "，增减率", "增减额为".
    /// </summary>
    internal static bool OnlyBasislessChangeWord(string label)
    {
        var start = 0;
        var end = label.Length;
        while (start < end && label[start] is ',' or '，' or '、' or ';' or '；' or ' ')
        {
            start++;
        }

        while (end > start && label[end - 1] is ' ' or '为' or ':' or '：')
        {
            end--;
        }

        var word = label.Substring(start, end - start);
        return Array.IndexOf(NeutralChangeWords, word) >= 0 && !HasAny(word, YearOnYearWords);
    }

    /// <summary>
    /// Whether the change labelled <paramref name="label"/> (a basisless neutral word alone) is the final against the open
    /// budget comparison's budget amount: that amount was read in this sentence before <paramref name="clause"/>, and no
    /// year-on-year figure (a change, a rate, a prior-year amount) and no 上年 / 同比 word came after it.
    /// </summary>
    private bool NeutralChangeAfterBudget(ClauseView clause, string label)
    {
        if (budget is null || !OnlyBasislessChangeWord(label) || b.Claims.Count == 0
            || !ReferenceEquals(clause.Sentence.Text, currentSentence) || clause.Start <= currentSentenceFrom)
        {
            return false;
        }

        var budgetAmount = budget + "/budgetAmount";
        var sentenceFrom = b.TextSpan(sentenceStart, sentenceStart);
        for (var k = b.Claims.Count - 1; k >= 0; k--)
        {
            var claim = b.Claims[k];
            if (Before(claim.Span, sentenceFrom))
            {
                return false;   // the sentence states no budget amount
            }

            if (claim.Kind is ClaimKind.ChangeAmount or ClaimKind.ChangeRate or ClaimKind.PriorYearAmount)
            {
                return false;   // a year-on-year figure after the budget: the change may be of it
            }

            if (claim.Kind == ClaimKind.BudgetAmount && string.Equals(claim.Pointer, budgetAmount, StringComparison.Ordinal))
            {
                // Session 44: the claim's own place, not the first place its text is written (a same figure earlier in the
                // sentence, "上年决算 1100.00 万元，年初预算 1100.00 万元", moved the 上年 test to the wrong stretch).
                var at = SentenceIndexOf(clause.Sentence, claim.Span, currentSentenceFrom, clause.Start);
                return at >= 0 && !HasAnyIn(currentSentence, at, clause.Start, YearOnYearWords);
            }
        }

        return false;
    }

    /// <summary>
    /// Where in [<paramref name="from"/>, <paramref name="before"/>) of <paramref name="sentence"/> the figure whose claim is at
    /// <paramref name="span"/> starts (the index whose original place is the span's start), or -1 when none there.
    /// </summary>
    private int SentenceIndexOf(Fragment sentence, SourceSpan span, int from, int before)
    {
        var offset = b.Source.OffsetOf(span.StartLine, span.StartColumn);
        for (var i = from; i < before && offset >= 0; i++)
        {
            var at = b.Source.StartOffset(sentence.At(i));
            if (at >= offset)
            {
                return at == offset ? i : -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// An amount labelled 其他… that <see cref="NotTheTarget"/> noted in the 支出 section, in a sentence that states 基本支出 or
    /// 项目支出: one kind of 本年支出 the model has no member for. Marks the kinds incomplete
    /// (<see cref="WithdrawIncompleteKinds"/> decides after the text). <paramref name="span"/> is where the amount is written.
    /// </summary>
    private void OtherExpenditureKind(string target, SourceSpan span)
    {
        if (section == Section.Expenditure && target.EndsWith("expenditure/total", StringComparison.Ordinal))
        {
            KindsIncompleteInSentence(span);
        }
    }

    /// <summary>
    /// An amount labelled 其他…支出 left unplaced in the overview ("本年支出合计 1000.00 万元，其中：基本支出…，项目支出…，其他支出
    /// 50.00 万元"): with 基本支出 or 项目支出 in its sentence, one kind of 本年支出 the model has no member for (FA1211 would
    /// weigh the overview's 本年支出 against the kinds read). <paramref name="span"/> is where the amount is written.
    /// </summary>
    private void UnplacedOtherExpenditureKind(string label, SourceSpan span)
    {
        if (section is Section.Overall or Section.Expenditure && StartsWithOther(label) && LabelHas(label, "支出"))
        {
            KindsIncompleteInSentence(span);
        }
    }

    /// <summary>
    /// Marks the kinds of 本年支出 incomplete when this sentence placed 基本支出 or 项目支出; the first "other" kind's
    /// <paramref name="span"/> is kept.
    /// </summary>
    private void KindsIncompleteInSentence(SourceSpan span)
    {
        var sentenceFrom = b.TextSpan(sentenceStart, sentenceStart);
        foreach (var kind in KindsBesideOther)
        {
            if (b.Find(N + kind) is { Mapped: true } node && !Before(node.Span, sentenceFrom))
            {
                otherKindSpan = expenditureKindsIncomplete ? otherKindSpan : span;
                expenditureKindsIncomplete = true;
                return;
            }
        }
    }

    /// <summary>
    /// After the text: when the kinds of 本年支出 included one the model has no member for (<see cref="OtherExpenditureKind"/>),
    /// 项目支出's amount is removed from the report with a located note (the figure stays a claim): FA1203 then cannot run
    /// on the kinds read, while the total, 基本支出 and its share are still checked. The note is where the amount was placed,
    /// else where its claim is, else where the "other" kind is written (session 44: never the text's first character).
    /// </summary>
    private void WithdrawIncompleteKinds()
    {
        if (!expenditureKindsIncomplete || b.Find(N + "expenditure/project") is not { Kind: DraftKind.Object } project)
        {
            return;
        }

        project.Expand();
        for (var k = 0; k < project.Count; k++)
        {
            if (string.Equals(project.NameAt(k), "amount", StringComparison.Ordinal))
            {
                var amount = project.At(k);
                var span = amount.Mapped ? amount.Span : LastClaimSpan(N + "expenditure/project/amount") ?? otherKindSpan;
                Note(span, DisclosureMessages.ExpenditureKindsWithUnplacedPart, amount.Text);
                project.RemoveAt(k);
                return;
            }
        }
    }

    /// <summary>The span of the last claim made on <paramref name="pointer"/>, or null when none.</summary>
    private SourceSpan? LastClaimSpan(string pointer)
    {
        for (var k = b.Claims.Count - 1; k >= 0; k--)
        {
            if (string.Equals(b.Claims[k].Pointer, pointer, StringComparison.Ordinal))
            {
                return b.Claims[k].Span;
            }
        }

        return null;
    }
}
