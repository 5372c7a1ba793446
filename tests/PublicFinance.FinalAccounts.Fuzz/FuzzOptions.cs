using System.Globalization;

namespace PublicFinance.FinalAccounts.Fuzz;

/// <summary>Command-line options of the harness.</summary>
internal sealed record FuzzOptions
{
    /// <summary>The seed of every random choice (fixed by default, so a run is reproducible).</summary>
    public int Seed { get; init; } = 20_241_231;

    /// <summary>Inputs per target in a bounded run.</summary>
    public int InputsPerTarget { get; init; } = 1000;

    /// <summary>Minutes of a long run (0: bounded run).</summary>
    public double Minutes { get; init; }

    /// <summary>Comma-separated target names, or empty for all.</summary>
    public string Targets { get; init; } = string.Empty;

    /// <summary>Where minimised reproducers are written.</summary>
    public string FindingsDirectory { get; init; } = "fuzz-findings";

    /// <summary>Fail also on known defects owned by other work (reader and CLI defects of issue 14).</summary>
    public bool Strict { get; init; }

    /// <summary>Skip the linear-time checks.</summary>
    public bool SkipLinearity { get; init; }

    /// <summary>
    /// When above 1: measure each reader linear-time ratio (or each of <see cref="LinearityOnly"/>) this many times in a
    /// row, the reader's at limit 4, and stop.
    /// </summary>
    public int LinearityRuns { get; init; } = 1;

    /// <summary>
    /// When not empty: only the linear-time checks whose name contains this text (e.g. <c>table rows</c>); with
    /// <see cref="LinearityRuns"/> above 1 these are the checks repeated.
    /// </summary>
    public string LinearityOnly { get; init; } = string.Empty;

    /// <summary>Parses the arguments.</summary>
    public static FuzzOptions Parse(string[] args)
    {
        var options = new FuzzOptions();
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value. 缺少参数值。");
            options = args[i] switch
            {
                "--seed" => options with { Seed = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--inputs" => options with { InputsPerTarget = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--minutes" => options with { Minutes = double.Parse(Next(), CultureInfo.InvariantCulture) },
                "--targets" => options with { Targets = Next() },
                "--findings" => options with { FindingsDirectory = Next() },
                "--strict" => options with { Strict = true },
                "--no-linearity" => options with { SkipLinearity = true },
                "--linearity-runs" => options with { LinearityRuns = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--linearity-only" => options with { LinearityOnly = Next() },
                _ => throw new ArgumentException($"Unknown option {args[i]}. 未知选项。"),
            };
        }

        return options;
    }

    /// <summary>True when the named target is selected.</summary>
    public bool Wants(string target) => Targets.Length == 0 || Array.IndexOf(Targets.Split(','), target) >= 0;
}
