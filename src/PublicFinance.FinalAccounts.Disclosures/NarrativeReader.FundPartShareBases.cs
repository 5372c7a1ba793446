using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 41 (issue 8; rule FA2007): the share stored on a fund type's part of the 财政拨款 income
/// (<c>appropriation/generalBudgetIncome</c>, <c>governmentFund/currentYearIncome</c>, <c>stateCapital/currentYearIncome</c>)
/// is the part's share of 财政拨款本年收入, which FA2007 checks. A text writes such a share of whatever whole leads its list:
/// "财政拨款收入 X 万元中：一般公共预算财政拨款收入 A 万元，占 a%" (of 财政拨款收入: placed), "本年收入中，一般公共预算财政拨款收入
/// A 万元，占比 a%" or "…，占本年收入的 a%" (of the year's income: placed only when the report shows that income to be all
/// 财政拨款 — the 财政拨款本年收入 equal to it, or the three parts adding up to it exactly — else a note), a bare share after no
/// whole, or a base of another name (a note). Before, every such share was placed whatever its base (a false FA2007 now).
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The fields of the fund types' parts of the year's 财政拨款 income, whose shares FA2007 checks.</summary>
    private static readonly string[] FundPartShareFields =
        [GeneralBudgetIncomeField, N + "governmentFund/currentYearIncome", N + "stateCapital/currentYearIncome"];

    /// <summary>Names of the year's whole income that may lead a list of the funds' parts.</summary>
    private static readonly string[] YearIncomeWholes = ["本年收入", "收入合计", "总收入"];

    /// <summary>Characters right before 财政拨款 that make it one fund's part (一般公共预算…, 公共财政…, 政府性基金…, …经营…).</summary>
    private const string FundPartMarks = "算共金营";

    /// <summary>
    /// Shares of a part written of the year's income, held until the whole text is read (Unnamed: of no whole written, either
    /// base — session 44, <see cref="WholeOfSentenceBefore"/>).
    /// </summary>
    private readonly List<(string Owner, DraftNode Share, SourceSpan Span, string Text, bool Unnamed)> yearIncomeFundShares = [];

    /// <summary>The whole a fund part's share is of, as a sentence or a named base shows it.</summary>
    private enum FundShareWhole
    {
        /// <summary>No whole written.</summary>
        None,

        /// <summary>财政拨款收入 (本年财政拨款收入, 财政拨款本年收入): the model's base of the share.</summary>
        Appropriation,

        /// <summary>本年收入 (收入合计): the year's income.</summary>
        YearIncome,

        /// <summary>Another whole (收入总计, a fund's own total…).</summary>
        Other,
    }

    /// <summary>
    /// Whether the share <paramref name="share"/> of <paramref name="owner"/> is kept off the owner here: true, with a note or
    /// held for <see cref="PlaceYearIncomeFundShares"/>, when the owner is a fund part and the share's base — the name after
    /// 占 (<paramref name="named"/>), else the last whole written before <paramref name="at"/> (a normalised offset) in its
    /// sentence — is not the 财政拨款 income. False for any other owner, or a share of the 财政拨款 income.
    /// </summary>
    private bool FundPartShareHeld(string? owner, string? named, DraftNode share, int at, SourceSpan span, string text)
    {
        if (owner is null || Array.IndexOf(FundPartShareFields, owner) < 0)
        {
            return false;
        }

        var source = b.Text;
        var from = SentenceStartBefore(source, at);
        var whole = named is { Length: > 0 } ? LastWhole(named, 0, named.Length) : LastWhole(source, from, at);
        var unnamed = whole == FundShareWhole.None && named is not { Length: > 0 } && WholeOfSentenceBefore(source, from)
            is FundShareWhole.Appropriation or FundShareWhole.YearIncome;   // session 44: "…全部为财政拨款收入。其中…，分别占…"
        switch (unnamed ? FundShareWhole.YearIncome : whole)
        {
            case FundShareWhole.Appropriation:
                return false;
            case FundShareWhole.YearIncome:
                if (!HoldsYearIncomeFundShare(span))
                {
                    yearIncomeFundShares.Add((owner, share, span, text, unnamed));   // once, whichever reader met it first
                }

                return true;
            default:
                b.RemoveNotesAt(span);
                Note(span,
                    whole == FundShareWhole.None ? DisclosureMessages.FundPartShareBaseUnknown : DisclosureMessages.ShareOfAnotherBase,
                    text);
                return true;
        }
    }

    /// <summary>Whether a share at <paramref name="span"/> is held for the year's income already (a loop, not a lambda: the
    /// closure over the span would be made on every call of <see cref="FundPartShareHeld"/>, most of which return at once).</summary>
    private bool HoldsYearIncomeFundShare(SourceSpan span)
    {
        foreach (var held in yearIncomeFundShares)
        {
            if (held.Span == span)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Where the sentence holding the offset <paramref name="at"/> of <paramref name="text"/> starts (after 。！？ or a line
    /// end).</summary>
    private static int SentenceStartBefore(string text, int at)
    {
        for (var i = Math.Min(at, text.Length) - 1; i >= 0; i--)
        {
            if (text[i] is '。' or '！' or '？' or '\n' or '\r')
            {
                return i + 1;
            }
        }

        return 0;
    }

    /// <summary>
    /// The last whole income written in [<paramref name="from"/>, <paramref name="to"/>) of <paramref name="text"/>: 财政拨款收入
    /// (not a fund's part: 一般公共预算财政拨款收入 is none), the year's income (本年收入, 收入合计, 总收入 — not 财政拨款本年收入), or
    /// 收入总计 (another whole, the grand total).
    /// </summary>
    private static FundShareWhole LastWhole(string text, int from, int to)
    {
        for (var i = to - 1; i >= from; i--)
        {
            if (Scanner.Starts(text, i, "财政拨款", to))
            {
                if (i > from && FundPartMarks.IndexOf(text[i - 1]) >= 0)
                {
                    continue;   // 一般公共预算财政拨款收入: a part, not a whole
                }

                var after = i + 4;
                if (Scanner.Starts(text, after, "收入", to) || Scanner.Starts(text, after, "本年收入", to) || after >= to)
                {
                    return FundShareWhole.Appropriation;
                }

                continue;   // 财政拨款支出…
            }

            if (Scanner.Starts(text, i, "收入总计", to))
            {
                return FundShareWhole.Other;
            }

            foreach (var whole in YearIncomeWholes)
            {
                if (Scanner.Starts(text, i, whole, to) && !(i >= from + 4 && Scanner.Starts(text, i - 4, "财政拨款", to)))
                {
                    return FundShareWhole.YearIncome;   // (财政拨款本年收入 is met at its 财政拨款, next)
                }
            }
        }

        return FundShareWhole.None;
    }

    /// <summary>
    /// After the whole text: the shares of a fund part written of the year's income are the part's share of 财政拨款本年收入
    /// when the report shows the year's income to be all 财政拨款 — the 财政拨款本年收入 held equal to it, or the three parts
    /// held adding up to it exactly — and are placed; else each is a note (<see cref="DisclosureMessages.ShareOfAnotherBase"/>).
    /// </summary>
    private void PlaceYearIncomeFundShares()
    {
        if (yearIncomeFundShares.Count == 0)
        {
            return;
        }

        var allAppropriation = YearIncomeIsAllAppropriation();
        foreach (var (owner, share, span, text, unnamed) in yearIncomeFundShares)
        {
            if (allAppropriation && b.Has(owner, "amount") && !b.Has(owner, "share"))
            {
                b.Context = b.ContextOf(owner + "/amount") ?? string.Empty;
                b.SetUnder(owner, "share", share, span, ClaimKind.Share, text);
            }
            else
            {
                Note(span, unnamed ? DisclosureMessages.FundPartShareBaseUnknown : DisclosureMessages.ShareOfAnotherBase, text);
            }
        }
    }

    /// <summary>Whether the year's income held is all 财政拨款: the 财政拨款本年收入 equals it, or the three parts add up to it.</summary>
    private bool YearIncomeIsAllAppropriation()
    {
        if (HeldBase("overall/currentYearIncome") is not { } year || !TryAmount(year, out var total))
        {
            return false;
        }

        if (b.Find(N + "appropriation/currentYearIncome/amount") is { } appropriation)
        {
            return DraftNode.SameValue(appropriation, year);
        }

        if (YearIncomeStatedAllAppropriation(year))
        {
            return true;   // session 44: "本年收入…，全部为财政拨款收入", or a 财政拨款收入 of the same value (FundListShares)
        }

        var sum = 0m;
        foreach (var field in FundPartShareFields)
        {
            if (b.Find(field + "/amount") is not { } part || !TryAmount(part, out var value))
            {
                return false;
            }

            sum += value;
        }

        return sum == total;
    }
}
