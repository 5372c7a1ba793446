using PublicFinance.FinalAccounts.Model;

namespace PublicFinance.FinalAccounts.Tests;

/// <summary>
/// The tables a complete blind document reads, against floors written as <c>name[ rows]|…</c>: a table named without a
/// count must be present; with a count, its rows under 合计 must reach it (a fix may raise them, never lower them).
/// </summary>
internal static class TableFloors
{
    /// <summary>Asserts that every table of <paramref name="expected"/> is read from <paramref name="name"/> to its floor.</summary>
    /// <param name="name">The document, for the message.</param>
    /// <param name="report">The report read.</param>
    /// <param name="expected">The floors, <c>|</c>-separated.</param>
    public static void AssertReached(string name, FinalAccountsReport report, string expected)
    {
        var tables = report.Tables;
        foreach (var entry in expected.Split('|'))
        {
            var parts = entry.Split(' ');
            var rows = parts[0] switch
            {
                "summary" => tables?.Summary is null ? -1 : 0,
                "income" => tables?.Income?.Rows.Count ?? -1,
                "expenditure" => tables?.Expenditure?.Rows.Count ?? -1,
                "appropriationSummary" => tables?.AppropriationSummary is null ? -1 : 0,
                "generalBudgetExpenditure" => tables?.GeneralBudgetExpenditure?.Rows.Count ?? -1,
                "basicExpenditure" => tables?.BasicExpenditure is null ? -1 : 0,
                "threePublic" => tables?.ThreePublic is null ? -1 : 0,
                "governmentFund" => tables?.GovernmentFund?.Rows.Count ?? -1,
                _ => throw new ArgumentException(entry, nameof(expected)),
            };
            Assert.True(rows >= (parts.Length > 1 ? int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture) : 0),
                $"{name} {entry}: {rows}");
        }
    }
}
