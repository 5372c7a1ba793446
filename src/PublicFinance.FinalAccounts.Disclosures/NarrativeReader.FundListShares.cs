using PublicFinance.FinalAccounts.Disclosures.Statements;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 44 (blind round 40 t06): the funds' parts of the income listed after a sentence that states the whole, their
/// shares written 分别占 with no base — "本年收入 6916.40 万元，全部为财政拨款收入。其中一般公共预算财政拨款收入 1286.40 万元、
/// 国有资本经营预算财政拨款收入 5630.00 万元，分别占 18.60% 和 81.40%。". The base is one of two: the year's income (本年收入) or
/// the 财政拨款 income. The shares were notes (no whole in their own sentence). Now, when the sentence opens with 其中 and the
/// sentence before it in the paragraph names the year's income or the 财政拨款 income last, the shares are held to the end
/// (<see cref="PlaceYearIncomeFundShares"/>) and placed on the parts' fields only when the two bases are one figure — the
/// year's income all 财政拨款, as the text says in words ("全部为财政拨款收入") or with a 财政拨款收入 of the same value; else each
/// stays a note (<see cref="DisclosureMessages.FundPartShareBaseUnknown"/>). A 收入总计 before them (another whole) leaves them
/// notes; a share whose base is written keeps its reading (<see cref="LastWhole"/>).
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>
    /// The whole income (<see cref="LastWhole"/>) the sentence before the one starting at <paramref name="from"/> in
    /// <paramref name="source"/> names last, when that sentence opens with 其中 and the one before it ends with 。 in the same
    /// paragraph; else <see cref="FundShareWhole.None"/>.
    /// </summary>
    private static FundShareWhole WholeOfSentenceBefore(string source, int from)
    {
        var at = from;
        while (at < source.Length && source[at] == ' ')
        {
            at++;
        }

        if (from < 1 || source[from - 1] != '。' || !Scanner.Starts(source, at, "其中", source.Length))
        {
            return FundShareWhole.None;
        }

        return LastWhole(source, SentenceStartBefore(source, from - 1), from - 1);
    }

    /// <summary>
    /// Whether the text says the year's income <paramref name="year"/> is all 财政拨款: a 财政拨款收入 of the income section held with
    /// the same value, or the words "全部为财政拨款收入" right after the year's income (<see cref="WhollyAppropriation"/>, not yet
    /// placed).
    /// </summary>
    private bool YearIncomeStatedAllAppropriation(DraftNode year)
    {
        if (b.Find(N + "income/fiscalAppropriation/amount") is { } fiscal)
        {
            return DraftNode.SameValue(fiscal, year);
        }

        if (whollyIncomes is null)
        {
            return false;
        }

        foreach (var words in whollyIncomes)
        {
            if (words.Total != N + "overall/incomeGrandTotal" && b.Find(words.Total + "/amount") is { } total
                && DraftNode.SameValue(total, year))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The field of a fund's part of the income (<see cref="FieldOf"/>) that a listed amount restates: its name (the words from
    /// <paramref name="from"/> to the amount, <see cref="PartName"/>) is the fund's income alone ("一般公共预算财政拨款收入",
    /// "本年国有资本经营预算收入"), and the field holds the same value, in the report's unit (a restatement makes no claim of
    /// its own: "收入总计…包括：1.一般公共预算财政拨款收入 A 万元" before "其中一般公共预算财政拨款收入 A 万元…，分别占…"); else null.
    /// </summary>
    private string? RestatedFundIncome(string text, int from, NumberToken amount)
    {
        if (amount.Unit != ReportFigureUnit || from < 0 || amount.Start <= from)
        {
            return null;
        }

        var name = PartName(text.Substring(from, amount.Start - from));
        name = name.StartsWith("本年", StringComparison.Ordinal) ? name.Substring(2) : name;
        if (!name.EndsWith("收入", StringComparison.Ordinal) || FundOfPartName(name) is not { } fund)
        {
            return null;
        }

        var field = FundFlowField(fund, StatementFlow.Income);
        return b.Find(field + "/amount") is { } held && TryAmount(held, out var value) && value == amount.Value ? field : null;
    }
}
