using System.CommandLine;
using PublicFinance.FinalAccounts.Classification;
using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Validation;
using PublicFinance.FinalAccounts.Values;

namespace PublicFinance.FinalAccounts.Cli;

/// <summary>
/// The options of <c>check</c> (and of <c>render</c>, which checks before it draws) and their binding (检查选项): every
/// <see cref="ValidationOptions"/> member is reachable — <c>--rounding</c>, <c>--no-rounding-notes</c>,
/// <c>--no-truncated-percentages</c>, <c>--verifications</c> (also implied by <c>--claims</c>), <c>--catalogue</c>,
/// <c>--scope</c>, <c>--unit-type</c>, <c>--severity</c> — plus <c>--disable</c>, <c>--previous</c>, the text options
/// and how the run goes (<c>--fail-on</c>, <c>--combine</c>, <c>--jobs</c>).
/// </summary>
internal sealed class CheckOptions
{
    /// <summary>The inputs: files, directories, patterns, <c>-</c>.</summary>
    public Argument<string[]> Inputs { get; } = new("inputs")
    {
        Description = "Files, directories (searched recursively), patterns (a/**/*.txt) or - for standard input; "
            + "the kind is decided by content (文件、目录、通配符或 - 表示标准输入)",
        Arity = ArgumentArity.OneOrMore,
    };

    /// <summary><c>--format</c> (check only).</summary>
    public Option<string> Format { get; } = CliOptions.Choice("--format", "Output format (输出格式)", "text", "text", "json", "sarif");

    private readonly Option<string> failOn = CliOptions.Choice(
        "--fail-on", "Exit code 1 when a finding of this severity or worse is found (达到此严重程度即返回 1)", "error", "error", "warning");

    private readonly Option<bool> coverage = CliOptions.Flag(
        "--coverage", "List every rule's outcome: passed, failed, not applicable, could not run (列出每条规则的结果)");

    private readonly Option<bool> claims = CliOptions.Flag(
        "--claims", "List every claim of a text with the checks that verified it (列出文本陈述及其核对)");

    private readonly Option<bool> verifications = CliOptions.Flag(
        "--verifications", "Record every arithmetic check, passed or failed, in the JSON output (记录每项校验明细)");

    private readonly Option<string> rounding = CliOptions.Choice(
        "--rounding", "How written precision becomes an interval (舍入模式)", "nearest", "nearest", "truncation", "exact");

    private readonly Option<bool> noRoundingNotes = CliOptions.Flag(
        "--no-rounding-notes", "No Info finding when a relation holds only thanks to rounding (不提示舍入差异)");

    private readonly Option<bool> noLinkConsequences = CliOptions.Flag(
        "--no-link-consequences",
        "Keep every failed identity an Error: no consequence analysis (one wrong figure, one Error) (不做连带结果分析)");

    private readonly Option<bool> noTruncated = CliOptions.Flag(
        "--no-truncated-percentages", "A percentage consistent only when read as truncated is a failure, not a note (不接受截尾百分比)");

    private readonly Option<string> scope = CliOptions.Choice(
        "--scope",
        "What the input holds of the disclosure; 'complete' makes an absent table or section a finding (输入范围)",
        "auto",
        "auto",
        "fragment",
        "narrative",
        "complete");

    private readonly Option<string> unitType = CliOptions.Choice(
        "--unit-type",
        "The kind of budget unit, for the plausibility rules (单位类型)",
        "unspecified",
        "unspecified",
        "administrative",
        "civil-service-managed",
        "institution");

    private readonly Option<string?> catalogue = new("--catalogue", "--catalog")
    {
        Description = "Classification catalogue CSV/TSV replacing the built-in one (科目目录文件)",
        HelpName = "FILE",
    };

    private readonly Option<string?> previous = new("--previous")
    {
        Description = "Last year's report (JSON, text or published file): the across-year checks (上年决算)",
        HelpName = "FILE",
    };

    private readonly Option<string[]> disable = CliOptions.List(
        "--disable", "Switch rules off; repeatable or a comma list (停用规则)", "FA0000[,FA0000]");

    private readonly Option<string[]> severity = CliOptions.List(
        "--severity", "Change a rule's severity; repeatable (更改规则严重程度)", "FA0000=error|warning|info");

    private readonly Option<bool> combine = CliOptions.Flag(
        "--combine", "Read all inputs as the published files of ONE disclosure, e.g. the 说明 PDF and the tables workbook (合并为一份公开)");

    private readonly Option<string?> jobs = CliOptions.Number(
        "--jobs", "Inputs read and checked at once (并行数; default: processor count)", "N", 1, 64);

    /// <summary><c>--encoding</c>.</summary>
    public Option<string> Encoding { get; } = CreateEncoding();

    /// <summary><c>--year</c>.</summary>
    public Option<string?> Year { get; } =
        CliOptions.Number("--year", "The 决算年度 when the text does not state it (决算年度)", "YYYY", FiscalYearRange.First, FiscalYearRange.Last);

    /// <summary>Adds the options; <paramref name="withFormat"/> adds <c>--format</c>, <c>--coverage</c>, <c>--claims</c>.</summary>
    public void AddTo(Command command, bool withFormat)
    {
        command.Arguments.Add(Inputs);
        if (withFormat)
        {
            command.Options.Add(Format);
            command.Options.Add(coverage);
            command.Options.Add(claims);
            command.Options.Add(verifications);
        }

        Option[] shared =
        [
            failOn, rounding, noRoundingNotes, noLinkConsequences, noTruncated, scope, unitType, catalogue, previous, disable, severity,
            Encoding, Year, combine, jobs,
        ];
        foreach (var option in shared)
        {
            command.Options.Add(option);
        }
    }

    /// <summary>Adds the text options only (<c>extract</c>, <c>summary</c>).</summary>
    public void AddTextOptionsTo(Command command)
    {
        command.Options.Add(Encoding);
        command.Options.Add(Year);
    }

    /// <summary>The text options as given.</summary>
    public TextInputOptions BindText(ParseResult parse)
    {
        var encoding = DisclosureDecoder.TryParseName(parse.GetValue(Encoding), out var named) ? named : DisclosureEncoding.Auto;
        var known = CliOptions.TryNumber(parse.GetValue(Year), FiscalYearRange.First, FiscalYearRange.Last, out var year);
        return new TextInputOptions(encoding, known ? year : null);
    }

    /// <summary>
    /// Binds the settings: loads the catalogue and last year's report, checks the rule ids. False (the reasons on
    /// stderr) when one of them is wrong — bad input for the whole run, before any file is read.
    /// </summary>
    public bool TryBind(ParseResult parse, CliContext context, out CheckSettings settings)
    {
        settings = null!;
        var stderr = context.Error;
        var ok = true;
        var options = ValidationOptions.Default with
        {
            Rounding = parse.GetValue(rounding) switch
            {
                "truncation" => RoundingMode.Truncation,
                "exact" => RoundingMode.Exact,
                _ => RoundingMode.RoundToNearest,
            },
            ReportRoundingDifferences = !parse.GetValue(noRoundingNotes),
            LinkConsequences = !parse.GetValue(noLinkConsequences),
            AllowTruncatedPercentages = !parse.GetValue(noTruncated),
            RecordVerifications = parse.GetValue(verifications) || parse.GetValue(claims),
            Scope = parse.GetValue(scope) switch
            {
                "fragment" => InputScope.Fragment,
                "narrative" => InputScope.Narrative,
                "complete" => InputScope.Complete,
                _ => InputScope.Auto,
            },
            UnitType = parse.GetValue(unitType) switch
            {
                "administrative" => UnitType.Administrative,
                "civil-service-managed" => UnitType.CivilServiceManaged,
                "institution" => UnitType.Institution,
                _ => UnitType.Unspecified,
            },
        };

        var disabled = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in CliOptions.Values(parse, disable))
        {
            if (RuleIndex.TryGet(id, out var rule))
            {
                disabled.Add(rule.Id);
            }
            else
            {
                ok = Fail(stderr, CliMessages.UnknownRule("--disable", id));
            }
        }

        var overrides = new Dictionary<string, Severity>(StringComparer.Ordinal);
        foreach (var pair in CliOptions.Values(parse, severity))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var id = equals < 0 ? pair : pair[..equals];
            var level = equals < 0 ? string.Empty : pair[(equals + 1)..].Trim().ToLowerInvariant();
            if (!RuleIndex.TryGet(id, out var rule))
            {
                ok = Fail(stderr, CliMessages.UnknownRule("--severity", id));
            }
            else if (level is not ("error" or "warning" or "info"))
            {
                ok = Fail(stderr, CliMessages.SeverityFormat(pair, rule.Id));
            }
            else
            {
                overrides[rule.Id] = level switch { "error" => Severity.Error, "warning" => Severity.Warning, _ => Severity.Info };
            }
        }

        options = options with { SeverityOverrides = overrides };
        if (parse.GetValue(catalogue) is { } cataloguePath)
        {
            if (!InputFile.Check(cataloguePath, stderr))
            {
                ok = false;
            }
            else
            {
                try
                {
                    options = options with { Catalogue = ClassificationCatalogue.LoadFile(cataloguePath) };
                }
                catch (Exception ex) when (ex is CatalogueFormatException or IOException or UnauthorizedAccessException)
                {
                    ok = Fail(stderr, $"{cataloguePath}: {ex.Message}");
                }
            }
        }

        var text = BindText(parse);
        FinalAccountsReport? lastYear = null;
        if (parse.GetValue(previous) is { } previousPath)
        {
            var loaded = InputLoader.Load(InputExpander.Single(previousPath, context.Stdin), text, stderr);
            if (loaded is null)
            {
                ok = Fail(stderr, CliMessages.PreviousUnreadable(previousPath));
            }
            else
            {
                lastYear = loaded.Report;
            }
        }

        if (!ok)
        {
            return false;
        }

        settings = new CheckSettings
        {
            Format = parse.GetValue(Format) switch { "json" => OutputFormat.Json, "sarif" => OutputFormat.Sarif, _ => OutputFormat.Text },
            FailOn = parse.GetValue(failOn) == "warning" ? Severity.Warning : Severity.Error,
            Coverage = parse.GetValue(coverage),
            Claims = parse.GetValue(claims),
            Combine = parse.GetValue(combine),
            Jobs = CliOptions.TryNumber(parse.GetValue(jobs), 1, 64, out var n) ? n : Math.Max(1, Environment.ProcessorCount),
            TextInput = text with { Rounding = options.Rounding },
            Checker = new InputChecker(options, disabled, lastYear),
        };
        return true;
    }

    private static Option<string> CreateEncoding()
    {
        var option = new Option<string>("--encoding")
        {
            Description = "Encoding of a text: detected (UTF-8 with or without BOM, UTF-16 with BOM, GB18030) unless given (文本编码)",
            DefaultValueFactory = _ => "auto",
            HelpName = "auto|utf-8|utf-16le|utf-16be|gb18030",
        };
        option.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string>();
            if (!DisclosureDecoder.TryParseName(value, out _))
            {
                result.AddError(CliMessages.UnknownEncoding(value));
            }
        });
        return option;
    }

    private static bool Fail(TextWriter stderr, string message)
    {
        stderr.WriteLine("error: " + message);
        return false;
    }
}
