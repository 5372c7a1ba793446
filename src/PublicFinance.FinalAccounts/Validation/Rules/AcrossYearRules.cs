using System;
using System.Collections.Generic;
using System.Linq;
using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Values;

namespace PublicFinance.FinalAccounts.Validation.Rules;

/// <summary>
/// Across years (跨年度): this year's report against last year's, given to <see cref="Validator.Validate(FinalAccountsReport, FinalAccountsReport, SourceMap)"/>.
/// Pointers into last year's report are written <c>previous#</c> + JSON Pointer.
/// </summary>
internal static class AcrossYearRules
{
    /// <summary>The prefix of a pointer into last year's report.</summary>
    public const string PreviousPrefix = "previous#";

    /// <summary>This year's opening balance and the places last year's closing balance may be stated, first found wins.</summary>
    private static readonly (string This, string[] Previous)[] OpeningBalances =
    [
        ("/tables/summary/income/openingCarryOver", new[] { "/tables/summary/expenditure/closingCarryOver", "/narrative/overall/closingCarryOver/amount" }),
        ("/narrative/overall/openingCarryOver/amount", new[] { "/narrative/overall/closingCarryOver/amount", "/tables/summary/expenditure/closingCarryOver" }),
        ("/tables/appropriationSummary/income/openingCarryOver/total", new[] { "/tables/appropriationSummary/expenditure/closingCarryOver/total", "/narrative/appropriation/closingCarryOver/amount" }),
        ("/tables/appropriationSummary/income/openingCarryOver/generalBudget", new[] { "/tables/appropriationSummary/expenditure/closingCarryOver/generalBudget" }),
        ("/tables/appropriationSummary/income/openingCarryOver/governmentFund", new[] { "/tables/appropriationSummary/expenditure/closingCarryOver/governmentFund" }),
        ("/tables/appropriationSummary/income/openingCarryOver/stateCapital", new[] { "/tables/appropriationSummary/expenditure/closingCarryOver/stateCapital" }),
        ("/narrative/appropriation/openingCarryOver/amount", new[] { "/narrative/appropriation/closingCarryOver/amount", "/tables/appropriationSummary/expenditure/closingCarryOver/total" }),
        ("/tables/governmentFund/total/openingCarryOver", new[] { "/tables/governmentFund/total/closingCarryOver", "/narrative/governmentFund/closingCarryOver/amount" }),
        ("/narrative/governmentFund/openingCarryOver/amount", new[] { "/narrative/governmentFund/closingCarryOver/amount", "/tables/governmentFund/total/closingCarryOver" }),
        ("/tables/stateCapital/total/openingCarryOver", new[] { "/tables/stateCapital/total/closingCarryOver", "/narrative/stateCapital/closingCarryOver/amount" }),
        ("/narrative/stateCapital/openingCarryOver/amount", new[] { "/narrative/stateCapital/closingCarryOver/amount", "/tables/stateCapital/total/closingCarryOver" }),
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
            context.Fail($"上年报告的年度为 {previous.Entity.FiscalYear}，不是 {context.FiscalYear - 1}，跨年度检查无法进行。",
                $"The previous report is for {previous.Entity.FiscalYear}, not {context.FiscalYear - 1}; the across-year checks cannot run.", new[] { PreviousPrefix + "/entity/fiscalYear" });
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

                context.CheckSum(context.Figure(current, opening), new[] { (closing, 1) }, "本年年初结转和结余应等于上年年末结转和结余",
                    "This year's opening carry-over should equal last year's closing carry-over");
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
                context.CouldNotRun(pointer + "/priorYearAmount");
                continue;
            }

            context.CheckSum(context.Figure(pointer + "/priorYearAmount", stated), new[] { (last, 1) }, "说明所述上年数应等于上年决算报告的数字",
                "The stated prior-year figure should equal last year's report");
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
            if (!context.Facts.TryGet<Amount>(basePointer + "/amount", out var current) || change.Amount is null && change.Rate is null && change.Direction != ChangeDirection.Unchanged)
            {
                continue;
            }

            if (!TryPreviousOf(context, basePointer, byCode, out var last))
            {
                context.CouldNotRun(pointer);
                continue;
            }

            var now = context.Figure(basePointer + "/amount", current);
            if (change.Direction == ChangeDirection.Unchanged)
            {
                context.CheckSum(now, new[] { (last, 1) }, "表述为持平，本年数应等于上年决算报告的数字", "Stated as unchanged: this year's figure should equal last year's");
                continue;
            }

            var sign = change.Direction == ChangeDirection.Increase ? 1 : -1;
            if (change.Amount is { } amount)
            {
                context.CheckSum(now, new[] { (last, 1), (context.Figure(pointer + "/amount", amount), sign) }, "本年数应等于上年决算报告的数字加减所述增减额",
                    "This year's figure should equal last year's figure plus or minus the stated change");
            }

            if (change.Rate is { } rate)
            {
                var difference = now.Range - last.Range;
                var magnitude = sign > 0 ? difference : -difference;
                context.CheckRatio(pointer + "/rate", rate, magnitude, sign * (now.Value - last.Value), last.Range, last.Value, new[] { now.Pointer, last.Pointer },
                    "增减率应等于按两年报告重算的结果", "The rate of change should equal the one recomputed from both reports");
            }
        }
    }

    /// <summary>
    /// Last year's amount of the figure at <paramref name="basePointer"/>: the same pointer, or for an element of a list
    /// (e.g. /narrative/generalBudget/items/3) the element of the same list with the same code.
    /// </summary>
    private static bool TryPreviousOf(ValidationContext context, string basePointer, Dictionary<string, Dictionary<string, string>> byCode, out Figure figure)
    {
        if (context.Facts.TryGetValue(basePointer + "/code", out var code))
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
                    if (context.PreviousFacts.TryGetValue(element + "/code", out var other) && other.ToString() is { } key && !elements.ContainsKey(key))
                    {
                        elements[key] = element;
                    }
                }
            }

            if (code.ToString() is { } wanted && elements.TryGetValue(wanted, out var match))
            {
                return TryPrevious(context, match + "/amount", out figure);
            }

            figure = default;
            return false;
        }

        return TryPrevious(context, basePointer + "/amount", out figure);
    }
}
