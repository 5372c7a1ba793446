using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures.Statements;

/// <summary>
/// The 三公 total against its items when the text states no vehicle subtotal (FA8006), which the validator cannot check
/// (its sum needs the subtotal). The subtotal is derived — never placed in the report — as 购置 + 运行 when both are
/// stated; when only 运行 is stated, 购置 is unknown but not negative, so items above the total are certain (Error) and
/// items below it a Warning that names the unstated part. The change against the prior year is checked the same way, as
/// a Warning, only when every item with a non-zero amount states its change.
/// </summary>
internal static class ThreePublicSumCheck
{
    private const string T = "/narrative/threePublic/";

    private static readonly (string Item, string Zh)[] Items =
        [("overseasTravel", "因公出国(境)费"), ("reception", "公务接待费"), ("vehiclePurchase", "公务用车购置费"), ("vehicleOperation", "公务用车运行维护费")];

    /// <summary>Adds the findings for the report being built by <paramref name="b"/>.</summary>
    public static void Run(ReportBuilder b)
    {
        if (b.Has(T + "vehiclesSubtotal/amount") || !b.Has(T + "total/amount") || !b.Has(T + "vehicleOperation/amount"))
        {
            return;
        }

        if (!b.Has(T + "overseasTravel/amount") || !b.Has(T + "reception/amount"))
        {
            return;
        }

        Amounts(b);
        Changes(b);
    }

    private static void Amounts(ReportBuilder b)
    {
        var total = Figure(b, T + "total/amount")!.Value;
        var parts = Items.Select(i => (i.Zh, Figure: Figure(b, T + i.Item + "/amount")))
            .Where(p => p.Figure is not null)
            .Select(p => (p.Zh, Figure: p.Figure!.Value))
            .ToList();
        var purchaseStated = parts.Any(p => p.Zh == "公务用车购置费");
        Compare(b, total, parts, purchaseStated, amounts: true, "“三公”经费合计", "the 三公 total");
    }

    private static void Changes(ReportBuilder b)
    {
        var total = Change(b, "total");
        if (total is null)
        {
            return;
        }

        var parts = new List<(string Zh, (decimal Value, int Decimals, string Digits, SourceSpan Span) Figure)>();
        var complete = true;
        foreach (var (item, zh) in Items)
        {
            var change = Change(b, item);
            if (change is not null)
            {
                parts.Add((zh, change.Value));
            }
            else if (Figure(b, T + item + "/amount") is { Value: not 0m })
            {
                return;   // an item that spent money in the year states no change: not checkable
            }
            else
            {
                complete = false;
            }
        }

        if (parts.Count < 2)
        {
            return;
        }

        Compare(b, total.Value, parts, complete, amounts: false, "“三公”经费合计比上年增减额", "the change of the 三公 total");
    }

    private static void Compare(ReportBuilder b, (decimal Value, int Decimals, string Digits, SourceSpan Span) total,
        List<(string Zh, (decimal Value, int Decimals, string Digits, SourceSpan Span) Figure)> parts,
        bool allStated,
        bool amounts,
        string zh,
        string en)
    {
        var sum = parts.Sum(p => p.Figure.Value);
        // An item of nothing ("因公出国（境）费 0 万元") beside a total written with decimals is exact: it adds no rounding
        // slack; a "0 万元" in a text of whole numbers (a total without decimals) may be a rounded 0.4 and keeps its slack.
        var tolerance = Half(total.Decimals)
            + parts.Sum(p => p.Figure.Value == 0m && (p.Figure.Decimals >= 2 || total.Decimals >= 1) ? 0m : Half(p.Figure.Decimals));
        var gap = total.Value - sum;
        if (Math.Abs(gap) <= tolerance)
        {
            return;
        }

        var certain = amounts && (allStated || gap < 0m);
        var terms = string.Join(" + ", parts.Select(p => p.Zh + " " + Show(p.Figure.Value)));
        var message = DisclosureMessages.ThreePublicPartsSum(
            zh, en, Show(total.Value), terms, Show(sum), Show(gap), amounts, allStated);
        b.Findings.Add(TextRules.Finding(
            TextRules.PartsSum, total.Span, null, message.Zh, message.En, certain ? Severity.Error : Severity.Warning));
    }

    private static (decimal Value, int Decimals, string Digits, SourceSpan Span)? Figure(ReportBuilder b, string pointer)
    {
        if (b.FindString(pointer) is not { } s ||
            !decimal.TryParse(s, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var d))
        {
            return null;
        }

        var dot = s.IndexOf('.');
        return (d, dot < 0 ? 0 : s.Length - dot - 1, s, b.Spans.TryGetValue(pointer, out var span) ? span : default);
    }

    /// <summary>The signed change of an item (a decrease negative, 持平 zero), or null when none is stated.</summary>
    private static (decimal Value, int Decimals, string Digits, SourceSpan Span)? Change(ReportBuilder b, string item)
    {
        var direction = b.FindString(T + item + "/change/direction");
        if (direction == "unchanged")
        {
            return (0m, 2, "0", b.Spans.TryGetValue(T + item + "/change/direction", out var span) ? span : default);
        }

        if (Figure(b, T + item + "/change/amount") is not { } amount || direction is not ("increase" or "decrease"))
        {
            return null;
        }

        return direction == "decrease" ? (-amount.Value, amount.Decimals, amount.Digits, amount.Span) : amount;
    }

    private static decimal Half(int decimals) => Statement.HalfUnitOf(decimals);

    private static string Show(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
