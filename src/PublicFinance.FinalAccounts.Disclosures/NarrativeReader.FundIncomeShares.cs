using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 40 (issue 8; blind round 36's t06): the three funds' incomes listed with their shares — "财政拨款收入 1200.00 万元，
/// 其中：一般公共预算财政拨款收入 1000.00 万元，占 83.33%；政府性基金预算财政拨款收入 150.00 万元，占 12.50%；…" or "本年收入中，
/// 一般公共预算财政拨款收入 2,785.40 万元，占比 29.98%；政府性基金预算…". The 政府性基金 and 国有资本经营 parts went to their
/// statements' <c>currentYearIncome</c> with their shares, but the 一般公共预算 part was "one part of 财政拨款收入 the model has no
/// field for" (a note from before schema 1.5), the subject was dropped and its share was "a share without a figure". The
/// model holds that part (<c>appropriation/generalBudgetIncome</c>, 一般公共预算财政拨款本年收入): the amount goes there when its
/// label is the fund's name alone (<see cref="FundPart"/>) and the field holds no other value, and the share after it is
/// that part's own, never the total's (FA2007 checks it since session 41 when its base is the 财政拨款 income —
/// <c>FundPartShareBases</c>; FA1213 keeps the part at most the 财政拨款 income).
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The model's field of the 一般公共预算 part of the year's 财政拨款 income.</summary>
    private const string GeneralBudgetIncomeField = N + "appropriation/generalBudgetIncome";

    /// <summary>
    /// Places the 一般公共预算 part of the 财政拨款 income stated beside another fund's part (<paramref name="label"/> is the
    /// fund's name alone after a list's lead: "其中:一般公共预算财政拨款收入", "本年一般预算拨款收入") on
    /// <see cref="GeneralBudgetIncomeField"/>, which becomes the subject (its share follows). False, and nothing placed, when
    /// the label says more or the field holds another value.
    /// </summary>
    private bool GeneralBudgetIncomePart(ClauseView clause, NumberToken token, string label, SourceSpan span)
    {
        var name = PartName(label);   // session 44: after "包括：1." too (FundIncomeListItems)
        if (name.StartsWith("本年", StringComparison.Ordinal))
        {
            name = name.Substring(2);
        }

        if ((FundPart(name, "一般公共", GeneralBudgetIncomeField) ?? FundPart(name, "一般预算", GeneralBudgetIncomeField)
                ?? FundPart(name, "公共财政", GeneralBudgetIncomeField)) is null)
        {
            return false;
        }

        var amount = AmountNode(token, span);
        if (b.Find(GeneralBudgetIncomeField + "/amount") is { } held && !DraftNode.SameValue(held, amount))
        {
            return false;   // another value of the part already read: as before, a note
        }

        b.Set(GeneralBudgetIncomeField + "/amount", amount, span, ClaimKind.Amount, clause.Text);
        subject = GeneralBudgetIncomeField;
        budget = null;
        return true;
    }
}
