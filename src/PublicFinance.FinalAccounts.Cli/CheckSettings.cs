using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Cli;

/// <summary>Everything a <c>check</c> run was asked for (检查设置), bound from the command line.</summary>
internal sealed record CheckSettings
{
    /// <summary>The output format.</summary>
    public OutputFormat Format { get; init; }

    /// <summary>The least severity that makes the exit code 1 (<c>--fail-on</c>).</summary>
    public Severity FailOn { get; init; } = Severity.Error;

    /// <summary>List every rule's outcome (<c>--coverage</c>, text output; JSON always has it).</summary>
    public bool Coverage { get; init; }

    /// <summary>List every claim of a text with the checks that verified it (<c>--claims</c>).</summary>
    public bool Claims { get; init; }

    /// <summary>Read every input as a file of one disclosure (<c>--combine</c>).</summary>
    public bool Combine { get; init; }

    /// <summary>How many inputs are read and checked at once (<c>--jobs</c>).</summary>
    public int Jobs { get; init; } = 1;

    /// <summary>How to read texts.</summary>
    public TextInputOptions TextInput { get; init; } = TextInputOptions.Default;

    /// <summary>The checker with the run's validation options.</summary>
    public required InputChecker Checker { get; init; }
}
