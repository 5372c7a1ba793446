using PublicFinance.FinalAccounts.Values;

namespace PublicFinance.FinalAccounts.Validation.Rules;

/// <summary>Plausibility (合理性): figures a unit of its kind cannot have, and counts that bound each other.</summary>
internal static class PlausibilityRules
{
    /// <summary>Figures an administrative unit (行政单位) does not have, with their names.</summary>
    private static readonly (string Pointer, string Zh, string En)[] NotForAdministrativeUnits =
    [
        ("/tables/summary/income/serviceIncome", "事业收入", "public-service income"),
        ("/tables/summary/income/businessIncome", "经营收入", "business income"),
        ("/tables/summary/expenditure/balanceDistribution", "结余分配", "balance distribution"),
        ("/tables/income/total/serviceIncome", "事业收入", "public-service income"),
        ("/tables/income/total/businessIncome", "经营收入", "business income"),
        ("/tables/expenditure/total/business", "经营支出", "business expenditure"),
        ("/narrative/income/serviceIncome/amount", "事业收入", "public-service income"),
        ("/narrative/income/businessIncome/amount", "经营收入", "business income"),
        ("/narrative/expenditure/business/amount", "经营支出", "business expenditure"),
        ("/narrative/overall/balanceDistribution/amount", "结余分配", "balance distribution"),
    ];

    public static void AdministrativeUnit(ValidationContext context)
    {
        if (context.Options.UnitType == UnitType.Unspecified)
        {
            context.CouldNotRun();
            return;
        }

        foreach (var (pointer, zh, en) in NotForAdministrativeUnits)
        {
            if (context.Options.UnitType != UnitType.Administrative || !context.Facts.TryGet<Amount>(pointer, out var amount))
            {
                context.NotApplicable();
                continue;
            }

            if (amount.IsZero)
            {
                context.Pass();
                continue;
            }

            context.Fail($"行政单位不应有{zh}，但填报了 {amount}。", $"An administrative unit has no {en}, but {amount} is stated.", new[] { pointer });
        }
    }

}
