namespace PublicFinance.FinalAccounts.Serialization;

/// <summary>The published JSON Schema (draft 2020-12) of the report format, embedded in the package.</summary>
public static class FinalAccountsSchema
{
    private static readonly Lazy<string> Text = new(Load);

    /// <summary>
    /// The schema's <c>$id</c>: one immutable URL per minor version (<c>…/schema/final-accounts/1.15/schema.json</c>),
    /// where the Pages workflow of the repository publishes it (docs/schema-versioning.md).
    /// </summary>
    public const string Id = BaseUrl + "schema/final-accounts/" + Version + "/schema.json";

    /// <summary>
    /// The base URL of everything the repository publishes (schemas, rule files, conformance suite); the owner is a placeholder until Pages
    /// is enabled.
    /// </summary>
    public const string BaseUrl = "https://publicfinance.github.io/PublicFinance.FinalAccounts/";

    /// <summary>
    /// The version of the format this library reads and writes ("MAJOR.MINOR", the <c>schemaVersion</c> of its documents).
    /// </summary>
    public const string Version = "1.15";

    /// <summary>The schema's major version; it changes only with a breaking change of the format (see docs/schema-versioning.md).</summary>
    public const int MajorVersion = 1;

    /// <summary>The schema text as published at docs/schema/final-accounts.v1.schema.json.</summary>
    /// <returns>The schema JSON.</returns>
    public static string GetText() => Text.Value;

    private static string Load()
    {
        var assembly = typeof(FinalAccountsSchema).Assembly;
        using var stream = assembly.GetManifestResourceStream("PublicFinance.FinalAccounts.final-accounts.v1.schema.json")
            ?? throw new InvalidOperationException(Messages.EmbeddedSchemaMissing);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
