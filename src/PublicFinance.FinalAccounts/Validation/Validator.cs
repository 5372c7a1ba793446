using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Validation.Rules;

namespace PublicFinance.FinalAccounts.Validation;

/// <summary>
/// Validates reports (校验器). Immutable and thread-safe: one instance can validate many reports in parallel.
/// Choose the rules (<see cref="WithRules"/>, <see cref="WithoutRules"/>) and the options (rounding mode, severity
/// overrides) by making new instances.
/// </summary>
/// <example>
/// <code>
/// var result = Validator.Default.Validate(report);
/// foreach (var d in result.Diagnostics) Console.WriteLine(d);
/// </code>
/// </example>
public sealed class Validator
{
    private readonly IValidationRule[] rules;
    private readonly Relation[] relations;

    // Per rule (in the rules' order): whether it is the library's own (a relation rule or a declared code rule), which
    // may share one context, and its descriptor — worked out once per validator, not by type tests and interface calls
    // for every rule of every validation (session 23).
    private readonly bool[] own;
    private readonly RuleDescriptor[] descriptors;

    /// <summary>All catalogue rules with default options.</summary>
    public static Validator Default { get; } = new(RuleCatalogue.Rules, ValidationOptions.Default);

    /// <summary>Creates a validator.</summary>
    /// <param name="rules">The rules to run; ids must be distinct.</param>
    /// <param name="options">Options; <see cref="ValidationOptions.Default"/> when null.</param>
    public Validator(IEnumerable<IValidationRule> rules, ValidationOptions? options = null)
    {
        if (rules is null)
        {
            throw new ArgumentNullException(nameof(rules));
        }

        this.rules = [.. rules.OrderBy(r => r.Descriptor.Id, StringComparer.Ordinal)];
        for (var i = 1; i < this.rules.Length; i++)
        {
            if (string.Equals(this.rules[i].Descriptor.Id, this.rules[i - 1].Descriptor.Id, StringComparison.Ordinal))
            {
                throw new ArgumentException(ValidationMessages.DuplicateRuleId(this.rules[i].Descriptor.Id), nameof(rules));
            }
        }

        Options = options ?? ValidationOptions.Default;

        // The relations of this validator's own rules: code rules that reuse relations see only these (no static cycle
        // through RuleCatalogue.Relations, so WithoutRules removes a relation for every rule).
        relations = [.. this.rules.OfType<RelationRule>().SelectMany(r => r.Relations)];
        (own, descriptors) = Describe(this.rules);
    }

    /// <summary>A validator sharing another's checked rules and relations (nothing is sorted, checked or gathered again).</summary>
    private Validator(IValidationRule[] rules, Relation[] relations, bool[] own, RuleDescriptor[] descriptors, ValidationOptions options)
    {
        this.rules = rules;
        this.relations = relations;
        this.own = own;
        this.descriptors = descriptors;
        Options = options;
    }

    /// <summary>Which rules are the library's own (they share a context) and their descriptors, in the rules' order.</summary>
    private static (bool[] Own, RuleDescriptor[] Descriptors) Describe(IValidationRule[] rules)
    {
        var own = new bool[rules.Length];
        var descriptors = new RuleDescriptor[rules.Length];
        for (var i = 0; i < rules.Length; i++)
        {
            own[i] = rules[i] is RelationRule || rules[i] is CodeRule { Declared: true };
            descriptors[i] = rules[i].Descriptor;
        }

        return (own, descriptors);
    }

    /// <summary>The rules, in id order (规则).</summary>
    public IReadOnlyList<IValidationRule> Rules => rules;

    /// <summary>The options (校验选项).</summary>
    public ValidationOptions Options { get; }

    /// <summary>A validator with the same rules and other options.</summary>
    /// <param name="options">The options.</param>
    /// <returns>A new validator.</returns>
    /// <remarks>Cheap: the rules and their compiled relations are shared, only the options differ.</remarks>
    public Validator WithOptions(ValidationOptions options) =>
        new(rules, relations, own, descriptors, options ?? throw new ArgumentNullException(nameof(options)));

    /// <summary>A validator that runs only the given rules.</summary>
    /// <param name="ruleIds">Rule ids; unknown ids are an error.</param>
    /// <returns>A new validator.</returns>
    public Validator WithRules(params string[] ruleIds)
    {
        var wanted = CheckIds(ruleIds);
        return new Validator(rules.Where(r => wanted.Contains(r.Descriptor.Id)), Options);
    }

    /// <summary>A validator without the given rules.</summary>
    /// <param name="ruleIds">Rule ids; unknown ids are an error.</param>
    /// <returns>A new validator.</returns>
    public Validator WithoutRules(params string[] ruleIds)
    {
        var unwanted = CheckIds(ruleIds);
        return new Validator(rules.Where(r => !unwanted.Contains(r.Descriptor.Id)), Options);
    }

    /// <summary>Validates a report.</summary>
    /// <param name="report">The report (决算报告).</param>
    /// <param name="sources">Where figures were stated when read from text; optional.</param>
    /// <returns>Diagnostics and coverage.</returns>
    /// <exception cref="ArgumentNullException">
    /// <paramref name="report"/> is null. Nothing else: every report the model can hold (see <see cref="Values.NumericContract"/>)
    /// validates without an exception.
    /// </exception>
    public ValidationResult Validate(FinalAccountsReport report, SourceMap? sources = null) => Run(report, null, sources);

    /// <summary>
    /// Validates a report against last year's report as well (跨年度校验): this year's 年初结转和结余 against last year's
    /// 年末结转和结余, stated 上年数 against last year's figures, and changes recomputed from both (rules FA7001–FA7003).
    /// </summary>
    /// <param name="report">This year's report (本年决算报告).</param>
    /// <param name="previousYear">Last year's report of the same entity (上年决算报告).</param>
    /// <param name="sources">Where this year's figures were stated when read from text; optional.</param>
    /// <returns>Diagnostics and coverage.</returns>
    /// <exception cref="ArgumentNullException">A report is null.</exception>
    public ValidationResult Validate(FinalAccountsReport report, FinalAccountsReport previousYear, SourceMap? sources = null) =>
        Run(report, previousYear ?? throw new ArgumentNullException(nameof(previousYear)), sources);

    private ValidationResult Run(FinalAccountsReport report, FinalAccountsReport? previousYear, SourceMap? sources)
    {
        if (report is null)
        {
            throw new ArgumentNullException(nameof(report));
        }
        // The indexes live only for this run and are built only when a rule reads them (session 24): their node arrays
        // come from the shared pool and go back at the end.
        var result = RunRules(report, previousYear, sources);
        // One wrong figure, one Error (docs/rules/spec.md §5.1): a post-pass over the findings, run only when two Errors
        // could share a figure; it validates counterfactual reports with this validator's rules and options.
        return Options.LinkConsequences && result.ErrorCount > 1
            ? ConsequenceAnalysis.Apply(result, report, Counterfactual(previousYear))
            : result;
    }

    /// <summary>How the post-pass validates a report with one figure replaced: the same rules and options, no post-pass.</summary>
    private Func<FinalAccountsReport, ValidationResult> Counterfactual(FinalAccountsReport? previousYear)
    {
        var plain = WithOptions(Options with { LinkConsequences = false, RecordVerifications = false });
        return changed => plain.RunRules(changed, previousYear, null);
    }

    private ValidationResult RunRules(FinalAccountsReport report, FinalAccountsReport? previousYear, SourceMap? sources)
    {
        var facts = new LazyFacts(report);
        var previousFacts = previousYear is null ? null : new LazyFacts(previousYear);
        try
        {
            return Run(report, previousYear, sources, facts, previousFacts);
        }
        finally
        {
            facts.Release();
            previousFacts?.Release();
        }
    }

    private ValidationResult Run(
        FinalAccountsReport report, FinalAccountsReport? previousYear, SourceMap? sources, LazyFacts facts, LazyFacts? previousFacts)
    {
        var scope = InputScopes.Resolve(Options.Scope, report);
        var map = sources ?? SourceMap.Empty;
        var diagnostics = new List<Diagnostic>();
        // Coverage kept as counts and made into entries when first read (session 35).
        var coverage = new CoverageTally(descriptors);
        var verifications = new List<Verification>();
        // One context serves the library's own rules in turn (they keep none after their check; its findings are copied
        // below): 111 contexts per validation were a seventh of its allocation. A caller's rule gets a new one.
        ValidationContext? shared = null;
        for (var i = 0; i < rules.Length; i++)
        {
            var library = own[i];
            var context = library && shared is not null
                ? shared.ReuseFor(descriptors[i])
                : new ValidationContext(report, facts, Options, descriptors[i], map, previousYear, previousFacts, scope, relations);
            shared = library ? context : shared;
            rules[i].Check(context);
            // Most rules record no finding and no verification: nothing to copy (AddRange casts its argument to find
            // its count even when the list is empty).
            if (context.Diagnostics is { Count: > 0 } found)
            {
                diagnostics.AddRange(found);
            }

            context.TallyInto(coverage, i);
            if (context.Verifications is { Count: > 0 } recorded)
            {
                verifications.AddRange(recorded);
            }
        }

        return new ValidationResult { Diagnostics = diagnostics, Tally = coverage, Verifications = verifications };
    }

    private HashSet<string> CheckIds(string[] ruleIds)
    {
        if (ruleIds is null)
        {
            throw new ArgumentNullException(nameof(ruleIds));
        }

        var set = new HashSet<string>(ruleIds, StringComparer.Ordinal);
        foreach (var id in set)
        {
            if (!RuleCatalogue.TryGetRule(id, out _) && !rules.Any(r => string.Equals(r.Descriptor.Id, id, StringComparison.Ordinal)))
            {
                throw new ArgumentException(ValidationMessages.UnknownRuleId(id), nameof(ruleIds));
            }
        }

        return set;
    }
}
