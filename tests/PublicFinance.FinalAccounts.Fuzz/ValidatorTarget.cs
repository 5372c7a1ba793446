using System.Globalization;
using System.Text.RegularExpressions;
using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Serialization;
using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Fuzz;

/// <summary>
/// <c>Validator.Validate</c> on extreme-value reports: the sample with its figures replaced by values at the limits of
/// the numeric contract (and tiny ones, so that ratios divide the largest by the smallest) and its counts by values up to
/// int.MaxValue, in every rounding mode. Every such report is schema-valid and must validate without an exception.
/// </summary>
internal sealed class ValidatorTarget : FuzzTarget
{
    private static readonly Regex Figure = new("\"(?<name>[A-Za-z]+)\": \"-?[0-9]+(\\.[0-9]+)?\"", RegexOptions.CultureInvariant);
    private static readonly Regex Count = new("\"(?<name>[A-Za-z]+)\": (?<value>[0-9]+)(?=[,\\n\\r ])", RegexOptions.CultureInvariant);

    private static readonly string[] Admitted =
    [
        "9999999999999999.999999999999", "-9999999999999999.999999999999", "0.000000000001", "-0.000000000001",
        "9999999999999999", "1", "0", "0.00", "100.00", "99.99", "-7.03", "123456789.123456789012", "0.5",
    ];

    private static readonly int[] Counts = [0, 1, 2, int.MaxValue, int.MaxValue - 1, 1_000_000];
    private static readonly RoundingMode[] Modes = [RoundingMode.RoundToNearest, RoundingMode.Truncation, RoundingMode.Exact];

    /// <inheritdoc/>
    public override string Name => "validator";

    /// <inheritdoc/>
    public override string NextInput(Random random)
    {
        // Each figure keeps its value with probability 1/2, else takes an admitted extreme; codes and the year stay.
        var json = Figure.Replace(
            Seeds.SampleJson,
            m => m.Groups["name"].Value.EndsWith("ode", StringComparison.Ordinal) || m.Groups["name"].Value == "schemaVersion"
                || random.Next(2) == 0
                ? m.Value
                : $"\"{m.Groups["name"].Value}\": \"{Admitted[random.Next(Admitted.Length)]}\"");
        // Magnitudes written without sign (change amounts and rates, weights, scores) are admitted only unsigned.
        json = Regex.Replace(json, "(\"direction\": \"[a-z]+\",\\s*\"amount\": \")-", "$1");
        json = Regex.Replace(json, "\"(rate|difference|weight|score|totalWeight|totalScore)\": \"-", "\"$1\": \"");
        json = Count.Replace(json, m => m.Groups["name"].Value == "fiscalYear" || m.Groups["name"].Value == "change" || random.Next(3) != 0
            ? m.Value
            : $"\"{m.Groups["name"].Value}\": {Counts[random.Next(Counts.Length)].ToString(CultureInfo.InvariantCulture)}");
        return random.Next(Modes.Length).ToString(CultureInfo.InvariantCulture) + "\n" + json;
    }

    /// <inheritdoc/>
    public override Finding? Check(string input)
    {
        var newline = input.IndexOf('\n', StringComparison.Ordinal);
        if (newline != 1
            || !int.TryParse(input.AsSpan(0, 1), NumberStyles.None, CultureInfo.InvariantCulture, out var mode)
            || mode >= Modes.Length)
        {
            return null;   // a minimisation step broke the frame: not an input of this target
        }

        FinalAccountsReport report;
        try
        {
            report = FinalAccountsJson.Deserialize(input.Substring(newline + 1));
        }
        catch (FinalAccountsJsonException ex)
        {
            return new Finding("validator: an extreme but admitted report is refused", ex.Message);
        }

        try
        {
            Validator.Default.WithOptions(ValidationOptions.Default with { Rounding = Modes[mode] }).Validate(report);
            return null;
        }
        catch (Exception ex)
        {
            return new Finding("validator: Validate throws " + Describe(ex), ex.ToString());
        }
    }
}
