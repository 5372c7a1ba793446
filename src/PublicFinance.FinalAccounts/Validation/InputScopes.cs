using PublicFinance.FinalAccounts.Model;

namespace PublicFinance.FinalAccounts.Validation;

/// <summary>Resolves <see cref="InputScope.Auto"/> for a report.</summary>
internal static class InputScopes
{
    public static InputScope Resolve(InputScope scope, FinalAccountsReport report)
    {
        if (scope != InputScope.Auto)
        {
            return scope;
        }

        var n = report.Narrative;
        var wholeNarrative = n is
        {
            Overall: not null, Income: not null, Expenditure: not null, Appropriation: not null, GeneralBudget: not null
        };
        return wholeNarrative ? InputScope.Narrative : InputScope.Fragment;
    }
}
