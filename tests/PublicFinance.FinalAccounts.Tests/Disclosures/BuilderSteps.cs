using PublicFinance.FinalAccounts.Disclosures;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Steps the report builder's tests replay against two builders at once and compare by what each step returns
/// (session 25: each builder test class had its own copy).
/// </summary>
internal static class BuilderSteps
{
    /// <summary>Puts a placeholder value (<c>"p"</c>) at <paramref name="pointer"/>; the step's outcome is <c>"put"</c>.</summary>
    /// <param name="b">The builder.</param>
    /// <param name="pointer">The JSON Pointer.</param>
    public static string Put(ReportBuilder b, string pointer)
    {
        b.Put(pointer, "p");
        return "put";
    }
}
