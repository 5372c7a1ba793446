using System;
using System.IO;
using PublicFinance.FinalAccounts.Classification;
using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Cli;

/// <summary>
/// The options of <c>check</c> that shape the validation itself (校验选项): <c>--catalogue FILE</c> (a classification
/// catalogue that replaces the built-in one), <c>--previous FILE</c> (last year's report JSON, for the across-year rules),
/// <c>--scope auto|fragment|narrative|complete</c> and <c>--unit-type unspecified|administrative|civil-service-managed|institution</c>.
/// </summary>
internal sealed class ValidationArguments
{
    /// <summary>Path of the catalogue CSV/TSV, when given.</summary>
    public string? CataloguePath { get; private set; }

    /// <summary>Path of last year's report JSON, when given.</summary>
    public string? PreviousPath { get; private set; }

    /// <summary>The input scope, when given (otherwise the validator decides).</summary>
    public InputScope? Scope { get; private set; }

    /// <summary>The unit type, when given.</summary>
    public UnitType? UnitType { get; private set; }

    /// <summary>
    /// Consumes one of the options at <paramref name="i"/>. Returns false with a bilingual <paramref name="problem"/>
    /// when the option is one of these but its value is wrong, false without a problem for any other argument.
    /// </summary>
    public bool TryParse(string[] args, ref int i, out string? problem)
    {
        problem = null;
        var value = i + 1 < args.Length ? args[i + 1] : null;
        switch (args[i])
        {
            case "--catalogue" or "--catalog":
                if (value is null)
                    return Problem(out problem, "--catalogue needs a CSV or TSV file (docs/classification/README.md). --catalogue 需要科目目录文件。");
                CataloguePath = value;
                break;
            case "--previous":
                if (value is null)
                    return Problem(out problem, "--previous needs last year's report JSON. --previous 需要上年决算报告 JSON 文件。");
                PreviousPath = value;
                break;
            case "--scope":
                Scope = value switch
                {
                    "auto" => InputScope.Auto,
                    "fragment" => InputScope.Fragment,
                    "narrative" => InputScope.Narrative,
                    "complete" => InputScope.Complete,
                    _ => null,
                };
                if (Scope is null)
                    return Problem(out problem, $"--scope: '{value}' is not one of auto|fragment|narrative|complete. --scope 的取值无效。");
                break;
            case "--unit-type":
                UnitType = value switch
                {
                    "unspecified" => Validation.UnitType.Unspecified,
                    "administrative" => Validation.UnitType.Administrative,
                    "civil-service-managed" => Validation.UnitType.CivilServiceManaged,
                    "institution" => Validation.UnitType.Institution,
                    _ => null,
                };
                if (UnitType is null)
                    return Problem(out problem, $"--unit-type: '{value}' is not one of unspecified|administrative|civil-service-managed|institution. --unit-type 的取值无效。");
                break;
            default:
                return false;
        }

        i++;
        return true;
    }

    /// <summary>Applies the options; loads the catalogue. False (with the reason on stderr) when the catalogue cannot be read.</summary>
    public bool TryApply(ValidationOptions options, TextWriter stderr, out ValidationOptions applied)
    {
        applied = options;
        if (Scope is { } scope)
            applied = applied with { Scope = scope };
        if (UnitType is { } unitType)
            applied = applied with { UnitType = unitType };
        if (CataloguePath is null)
            return true;
        if (!InputFile.Check(CataloguePath, stderr))
            return false;
        try
        {
            applied = applied with { Catalogue = ClassificationCatalogue.LoadFile(CataloguePath) };
            return true;
        }
        catch (Exception ex) when (ex is CatalogueFormatException or IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"error: {CataloguePath}: {ex.Message}");
            return false;
        }
    }

    /// <summary>Loads last year's report when <c>--previous</c> was given. False (with the reason on stderr) when it cannot be read.</summary>
    public bool TryLoadPrevious(TextWriter stderr, out FinalAccountsReport? previous)
    {
        previous = null;
        if (PreviousPath is null)
            return true;
        if (!CommandLine.TryLoad(PreviousPath, stderr, out var loaded))
            return false;
        previous = loaded;
        return true;
    }

    private static bool Problem(out string? problem, string message)
    {
        problem = message;
        return false;
    }
}
