namespace PublicFinance.FinalAccounts.Cli;

/// <summary>The output formats of <c>check</c> (输出格式).</summary>
internal enum OutputFormat
{
    /// <summary>Readable text, findings located <c>file:line:col</c> (文本).</summary>
    Text = 0,

    /// <summary>JSON in the published check-output schema (JSON).</summary>
    Json = 1,

    /// <summary>SARIF 2.1.0 for code-scanning dashboards (SARIF).</summary>
    Sarif = 2,
}
