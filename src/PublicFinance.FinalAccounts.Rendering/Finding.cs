using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Rendering;

/// <summary>A numbered finding of the page: its diagnostic and its element id (<c>f-1</c>, <c>f-2</c>, …).</summary>
internal sealed record Finding(int Number, Diagnostic Diagnostic)
{
    /// <summary>The element id of the finding's entry in the list.</summary>
    public string Id => "f-" + Html.Int(Number);

    /// <summary>The element id of the finding's first mark in the source text.</summary>
    public string SourceId => "src-f-" + Html.Int(Number);

    /// <summary>The CSS class of the severity (sev-error, sev-warning, sev-info).</summary>
    public string SeverityClass => SeverityClassOf(Diagnostic.Severity);

    /// <summary>The CSS class of a severity.</summary>
    public static string SeverityClassOf(Severity severity) => severity switch
    {
        Severity.Error => "sev-error",
        Severity.Warning => "sev-warning",
        _ => "sev-info",
    };

    /// <summary>The bilingual label of a severity (错误 Error …).</summary>
    public static string SeverityLabel(Severity severity) => severity switch
    {
        Severity.Error => "错误 Error",
        Severity.Warning => "警告 Warning",
        _ => "提示 Info",
    };

    /// <summary>True for pointers into this report (not <c>previous#/…</c> pointers into last year's report).</summary>
    public static bool IsLocal(string pointer) => pointer.Length == 0 || pointer[0] == '/';
}
