using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Serialization;
using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Fuzz;

/// <summary>
/// <c>FinalAccountsJson.Deserialize</c> on mutated reports: it throws only <see cref="FinalAccountsJsonException"/>;
/// it accepts exactly what the published schema accepts; what it accepts serializes, reads back equal, serializes
/// identically again and validates without an exception.
/// </summary>
internal sealed class JsonTarget : FuzzTarget
{
    private Mutator? mutator;

    /// <inheritdoc/>
    public override string Name => "json";

    /// <inheritdoc/>
    public override string NextInput(Random random) => (mutator ??= new Mutator(random, Seeds.Json)).Next();

    /// <inheritdoc/>
    public override Finding? Check(string input)
    {
        FinalAccountsReport report;
        try
        {
            report = FinalAccountsJson.Deserialize(input);
        }
        catch (FinalAccountsJsonException ex)
        {
            return SchemaCheck.IsValid(input)
                ? new Finding("json: reader rejects a schema-valid document", ex.Message)
                : null;
        }
        catch (Exception ex)
        {
            return new Finding("json: undocumented " + Describe(ex), ex.ToString());
        }

        if (!SchemaCheck.IsValid(input))
        {
            return new Finding("json: reader accepts a schema-invalid document", "accepted by Deserialize, rejected by the schema");
        }

        return CheckReport(report, "json");
    }

    /// <summary>The properties every report read from anywhere must have: serializes, round-trips, validates.</summary>
    public static Finding? CheckReport(FinalAccountsReport report, string target)
    {
        string text;
        try
        {
            text = FinalAccountsJson.Serialize(report);
        }
        catch (Exception ex)
        {
            return new Finding(target + ": Serialize throws " + Describe(ex), ex.ToString());
        }

        try
        {
            var back = FinalAccountsJson.Deserialize(text);
            if (back != report)
            {
                return new Finding(target + ": D(S(r)) != r", text.Length > 2000 ? text.Substring(0, 2000) : text);
            }

            if (FinalAccountsJson.Serialize(back) != text)
            {
                return new Finding(target + ": serialization is not deterministic", string.Empty);
            }
        }
        catch (Exception ex)
        {
            return new Finding(target + ": its own output does not read back: " + Describe(ex), ex.Message);
        }

        try
        {
            Validator.Default.Validate(report);
        }
        catch (Exception ex)
        {
            return new Finding(target + ": Validate throws " + Describe(ex), ex.ToString());
        }

        return null;
    }
}
