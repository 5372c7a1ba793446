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
    }
}
