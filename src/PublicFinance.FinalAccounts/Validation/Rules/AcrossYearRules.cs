using PublicFinance.FinalAccounts.Model;

namespace PublicFinance.FinalAccounts.Validation.Rules;

/// <summary>
/// Across years (跨年度): this year's report against last year's, given to
/// <see cref="Validator.Validate(FinalAccountsReport, FinalAccountsReport, SourceMap)"/>.
/// Pointers into last year's report are written <c>previous#</c> + JSON Pointer.
/// </summary>
internal static class AcrossYearRules
{
    /// <summary>The rules this file implements, each declared beside its check (本文件实现的规则及其说明).</summary>
    /// <returns>The rules, for <see cref="CodeRules.All"/>.</returns>
    public static IEnumerable<IValidationRule> Rules()
    {
        yield return CodeRule.Declare(
            "FA7001", RuleCategory.AcrossYears, Severity.Warning,
            "年初结转和结余等于上年年末结转和结余", "Opening carry-over equals last year's closing carry-over",
            "本年 年初结转和结余（总表、财政拨款总表各列、政府性基金、国有资本经营、说明）= 上年报告 年末结转和结余",
            "issue 10; domain §2.2",
            OpeningEqualsLastClosing);

        yield return CodeRule.Declare(
            "FA7002", RuleCategory.AcrossYears, Severity.Warning,
            "所述上年数等于上年报告的数字", "Stated prior-year figures equal last year's report",
            "说明“上年数 X”= 上年报告同一项目的数字（列表中按科目编码对应）",
            "issue 10; domain §6",
            PriorYearFigures);

        yield return CodeRule.Declare(
            "FA7003", RuleCategory.AcrossYears, Severity.Warning,
            "增减额、增减率与两年报告一致", "Changes agree with both years' reports",
            "本年数 = 上年报告数 ± 增减额；增减率 = |本年数 − 上年报告数| / 上年报告数 × 100；持平 ⇒ 本年数 = 上年报告数",
            "issue 10; domain §6",
            ChangesRecomputed);
    }

    /// <summary>The prefix of a pointer into last year's report.</summary>
    public const string PreviousPrefix = "previous#";

    /// <summary>This year's opening balance and the places last year's closing balance may be stated, first found wins.</summary>
    private static readonly (string This, string[] Previous)[] OpeningBalances =
    [
        ("/tables/summary/income/openingCarryOver",
            new[] { "/tables/summary/expenditure/closingCarryOver", "/narrative/overall/closingCarryOver/amount" }),
        ("/narrative/overall/openingCarryOver/amount",
            new[] { "/narrative/overall/closingCarryOver/amount", "/tables/summary/expenditure/closingCarryOver" }),
        ("/tables/appropriationSummary/income/openingCarryOver/total",
            new[]
            {
                "/tables/appropriationSummary/expenditure/closingCarryOver/total",
                "/narrative/appropriation/closingCarryOver/amount",
            }),
        ("/tables/appropriationSummary/income/openingCarryOver/generalBudget",
            new[] { "/tables/appropriationSummary/expenditure/closingCarryOver/generalBudget" }),
        ("/tables/appropriationSummary/income/openingCarryOver/governmentFund",
            new[] { "/tables/appropriationSummary/expenditure/closingCarryOver/governmentFund" }),
        ("/tables/appropriationSummary/income/openingCarryOver/stateCapital",
            new[] { "/tables/appropriationSummary/expenditure/closingCarryOver/stateCapital" }),
        ("/narrative/appropriation/openingCarryOver/amount",
            new[]
            {
                "/narrative/appropriation/closingCarryOver/amount",
                "/tables/appropriationSummary/expenditure/closingCarryOver/total",
            }),
        ("/tables/governmentFund/total/openingCarryOver",
            new[] { "/tables/governmentFund/total/closingCarryOver", "/narrative/governmentFund/closingCarryOver/amount" }),
        ("/narrative/governmentFund/openingCarryOver/amount",
            new[] { "/narrative/governmentFund/closingCarryOver/amount", "/tables/governmentFund/total/closingCarryOver" }),
        ("/tables/stateCapital/total/openingCarryOver",
            new[] { "/tables/stateCapital/total/closingCarryOver", "/narrative/stateCapital/closingCarryOver/amount" }),
        ("/narrative/stateCapital/openingCarryOver/amount",
            new[] { "/narrative/stateCapital/closingCarryOver/amount", "/tables/stateCapital/total/closingCarryOver" }),
    ];

    /// <summary>True when a previous report of the year before was given; otherwise records why the rule could not run.</summary>
    private static bool HasPrevious(ValidationContext context)
    {
        if (context.PreviousReport is null || context.PreviousFacts is null)
        {
            context.CouldNotRun();
            return false;
        }

        if (context.FiscalYear is null || context.PreviousReport.Entity.FiscalYear is null)
        {
            // Year unknown (年度未知): whether the reports are consecutive cannot be known, so nothing is compared.
            context.CouldNotRun(context.FiscalYear is null ? "/entity/fiscalYear" : PreviousPrefix + "/entity/fiscalYear");
            return false;
        }

        if (context.PreviousReport.Entity.FiscalYear == context.FiscalYear - 1)
        {
            return true;
        }

        context.CouldNotRun(PreviousPrefix + "/entity/fiscalYear");
        return false;
    }

    /// <summary>Last year's amount at a pointer, converted to this report's unit.</summary>
    private static bool TryPrevious(ValidationContext context, string pointer, out Figure figure)
    {
        if (context.PreviousFacts!.TryGet<Amount>(pointer, out var amount))
        {
            var converted = amount.ConvertUnit(context.PreviousReport!.Unit, context.Report.Unit);
            figure = context.Figure(PreviousPrefix + pointer, converted);
            return true;
        }

        figure = default;
        return false;
    }

    public static void OpeningEqualsLastClosing(ValidationContext context)
    {
        if (context.PreviousReport is { } previous && previous.Entity.FiscalYear is { } previousYear && context.FiscalYear is { } year
            && previousYear != year - 1)
        {
            var (zh, en) = ValidationMessages.PreviousReportWrongYear(previous.Entity.FiscalYear, context.FiscalYear - 1);
            context.Fail(zh, en, new[] { PreviousPrefix + "/entity/fiscalYear" });
            return;
        }

        if (!HasPrevious(context))
        {
            return;
        }

        foreach (var (current, candidates) in OpeningBalances)
        {
            if (!context.Facts.TryGet<Amount>(current, out var opening))
            {
                context.NotApplicable();
                continue;
            }

            var found = false;
            foreach (var candidate in candidates)
            {
                if (!TryPrevious(context, candidate, out var closing))
                {
                    continue;
                }

                context.CheckSum(
                    context.Figure(current, opening), new[] { (closing, 1) }, CheckLabel.Of(ValidationMessages.OpeningEqualsLastClosing));
                found = true;
                break;
            }

            if (!found)
            {
                context.CouldNotRun(PreviousPrefix + candidates[0]);
            }
        }
    }

    public static void PriorYearFigures(ValidationContext context)
    {
        if (!HasPrevious(context))
        {
            return;
        }

        var byCode = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (var (pointer, change) in context.Facts.OfType<YearOverYearChange>().Select(p => (p.Key, p.Value)))
        {
            if (change.PriorYearAmount is not { } stated)
            {
                continue;
            }

            var basePointer = JsonPointer.ParentOf(pointer);
            if (!TryPreviousOf(context, basePointer, byCode, out var last))
            {
                context.CouldNotRun(JsonPointer.Child(pointer, "priorYearAmount"));
                continue;
            }

            var statedFigure = context.Figure(JsonPointer.Child(pointer, "priorYearAmount"), stated);
            context.CheckSum(statedFigure, new[] { (last, 1) }, CheckLabel.Of(ValidationMessages.StatedPriorYearEqualsLastYear));
        }
    }

    public static void ChangesRecomputed(ValidationContext context)
    {
        if (!HasPrevious(context))
        {
            return;
        }

        var byCode = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (var (pointer, change) in context.Facts.OfType<YearOverYearChange>().Select(p => (p.Key, p.Value)))
        {
            var basePointer = JsonPointer.ParentOf(pointer);
            if (!context.Facts.TryGet<Amount>(JsonPointer.Child(basePointer, "amount"), out var current)
                || change.Amount is null && change.Rate is null && change.Direction != ChangeDirection.Unchanged)
            {
                continue;
            }

            if (!TryPreviousOf(context, basePointer, byCode, out var last))
            {
                context.CouldNotRun(pointer);
                continue;
            }

            var now = context.Figure(JsonPointer.Child(basePointer, "amount"), current);
            if (change.Direction == ChangeDirection.Unchanged)
            {
                context.CheckSum(now, new[] { (last, 1) }, CheckLabel.Of(ValidationMessages.UnchangedEqualsLastYear));
                continue;
            }

            var sign = change.Direction == ChangeDirection.Increase ? 1 : -1;
            if (change.Amount is { } amount)
            {
                var stated = context.Figure(JsonPointer.Child(pointer, "amount"), amount);
                context.CheckSum(now, new[] { (last, 1), (stated, sign) }, CheckLabel.Of(ValidationMessages.ChangeFromLastYear));
            }

            if (change.Rate is { } rate)
            {
                var difference = now.Range - last.Range;
                var magnitude = sign > 0 ? difference : -difference;
                var (zh, en) = ValidationMessages.RateFromBothReports;
                context.CheckRatio(
                    JsonPointer.Child(pointer, "rate"), rate, magnitude, sign * (now.Value - last.Value), last.Range, last.Value,
                    new[] { now.Pointer, last.Pointer }, zh, en);
            }
        }
    }

    /// <summary>
    /// Last year's amount of the figure at <paramref name="basePointer"/>: the same pointer, or for an element of a list
    /// (e.g. /narrative/generalBudget/items/3) the element of the same list with the same code.
    /// </summary>
    private static bool TryPreviousOf(
        ValidationContext context, string basePointer, Dictionary<string, Dictionary<string, string>> byCode, out Figure figure)
    {
        if (context.Facts.TryGetValue(JsonPointer.Child(basePointer, "code"), out var code))
        {
            var list = JsonPointer.ParentOf(basePointer);
            if (!byCode.TryGetValue(list, out var elements))
            {
                // Last year's list indexed by code once per list, so matching stays linear.
                byCode[list] = elements = new Dictionary<string, string>(StringComparer.Ordinal);
                var count = context.PreviousFacts!.ListCount(list);
                for (var i = 0; i < count; i++)
                {
                    var element = JsonPointer.Element(list, i);
                    if (context.PreviousFacts.TryGetValue(JsonPointer.Child(element, "code"), out var other) && other.ToString() is { } key
                        && !elements.ContainsKey(key))
                    {
                        elements[key] = element;
                    }
                }
            }

            if (code.ToString() is { } wanted && elements.TryGetValue(wanted, out var match))
            {
                return TryPrevious(context, JsonPointer.Child(match, "amount"), out figure);
            }

            figure = default;
            return false;
        }

        return TryPrevious(context, JsonPointer.Child(basePointer, "amount"), out figure);
    }
}
