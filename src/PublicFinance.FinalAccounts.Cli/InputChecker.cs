using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Cli;

/// <summary>
/// Checks a read input (校验输入): the validator with the run's options, last year's report when given, the text reader's
/// findings merged in (disabled rules removed and severities overridden for them too, since the validator does not see
/// them), and report JSON findings located at the line:column of their value. One instance serves every input of a run.
/// </summary>
internal sealed class InputChecker
{
    private readonly Validator validator;

    /// <summary>
    /// The validator for a 说明 text, whose pasted tables were read from text (<see cref="ValidationOptions.TablesReadFromText"/>:
    /// a row the reader lost makes a missing parent at most a Warning).
    /// </summary>
    private readonly Validator textValidator;
    private readonly FinalAccountsReport? previous;
    private readonly IReadOnlySet<string> disabled;

    /// <summary>Creates the checker for a run.</summary>
    public InputChecker(ValidationOptions options, IReadOnlySet<string> disabled, FinalAccountsReport? previous)
    {
        Options = options;
        this.disabled = disabled;
        this.previous = previous;
        var validatorIds = disabled.Where(id => RuleCatalogue.TryGetRule(id, out _)).ToArray();
        validator = Validator.Default.WithOptions(options);
        if (validatorIds.Length > 0)
        {
            validator = validator.WithoutRules(validatorIds);
        }

        textValidator = validator.WithOptions(options with { TablesReadFromText = true });
    }

    /// <summary>The validation options of the run.</summary>
    public ValidationOptions Options { get; }

    /// <summary>
    /// Checks the input; null (the reason on <paramref name="errors"/>) when the checks cannot be computed on its figures
    /// (arithmetic beyond what a decimal holds) — reported as unreadable input, never as a crash nor as "0 errors".
    /// </summary>
    public CheckedInput? Check(LoadedInput input, TextWriter errors)
    {
        ValidationResult validated;
        try
        {
            using var probe = StageProbe.Measure(StageProbe.Stage.Validate);
            var sources = input.Read?.Sources;
            var chosen = input.Kind == InputKind.Text ? textValidator : validator;
            validated = previous is null ? chosen.Validate(input.Report, sources) : chosen.Validate(input.Report, previous, sources);
        }
        catch (Exception ex) when (ex is ArithmeticException or ArgumentOutOfRangeException)
        {
            errors.WriteLine("error: " + CliMessages.ChecksNotComputable(input.Name, ex.GetType().Name, ex.Message));
            return null;
        }

        using var locating = StageProbe.Measure(StageProbe.Stage.LocateFindings);
        IReadOnlyList<Diagnostic> diagnostics = TextTableSpans.Locate(validated.Diagnostics, input);
        if (input.Read is { } read)
        {
            // Text findings first in their own rule order, then the validator's; both located by line:column.
            var textFindings = read.TextFindings
                .Where(d => !disabled.Contains(d.RuleId))
                .Select(d => Options.SeverityOverrides.TryGetValue(d.RuleId, out var severity) ? d with { Severity = severity } : d);
            diagnostics = textFindings.Concat(diagnostics).OrderBy(d => d.RuleId, StringComparer.Ordinal).ToList();
        }
        else if (!input.JsonText.IsEmpty)
        {
            // Only the values the findings point at are located: one skipping pass over the JSON, none without findings.
            var unlocated = diagnostics.Where(d => d.Span is null && d.Pointers.Count > 0).Select(d => d.Pointers[0]).ToList();
            if (unlocated.Count > 0)
            {
                diagnostics = JsonPointerLocator.Create(input.JsonText.Span, unlocated).Locate(diagnostics);
            }

            input = input with { JsonText = default, RentedBuffer = null };   // the caller gives the buffer back
        }

        return new CheckedInput(input, validated with { Diagnostics = diagnostics });
    }
}
