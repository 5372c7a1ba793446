namespace PublicFinance.FinalAccounts.Validation;

/// <summary>Short constructors for <see cref="ConditionRelation"/> declarations (条件检查的声明助手).</summary>
internal static class ConditionBuilder
{
    public static readonly ConditionOutcome Passed = new() { Kind = ConditionOutcomeKind.Passed };
    public static readonly ConditionOutcome NotApplicable = new() { Kind = ConditionOutcomeKind.NotApplicable };
    public static readonly ConditionOutcome Nothing = new() { Kind = ConditionOutcomeKind.Nothing };

    public static ConditionRelation Each(string ruleId, string anchors, params ConditionCase[] cases) =>
        new() { RuleId = ruleId, For = anchors, Cases = cases };

    public static ConditionCase When(Condition condition, ConditionOutcome outcome) => new() { When = condition, Then = outcome };

    public static ConditionCase Otherwise(ConditionOutcome outcome) => new() { Then = outcome };

    public static Condition Is(string pointer, ConditionTest test, string? value = null) =>
        new() { Pointer = pointer, Test = test, Value = value };

    public static Condition Vs(string pointer, ConditionTest test, string other, string? value = null) =>
        new() { Pointer = pointer, Test = test, Other = other, Value = value };

    public static Condition Text(string pointer, string value) => Is(pointer, ConditionTest.TextEquals, value);

    public static Condition Present(string pointer) => Is(pointer, ConditionTest.Present);

    public static Condition Absent(string pointer) => Not(Present(pointer));

    public static Condition Not(Condition condition) => new() { Not = condition };

    public static Condition All(params Condition[] conditions) => new() { AllOf = conditions };

    public static Condition Any(params Condition[] conditions) => new() { AnyOf = conditions };

    public static Condition OptionIs(string option, string value) =>
        new() { Option = option, Test = ConditionTest.TextEquals, Value = value };

    public static ConditionOutcome Fail(params string[] pointers) => new() { Kind = ConditionOutcomeKind.Fail, Pointers = pointers };

    public static ConditionOutcome FailBy(string minuend, string subtrahend, params string[] pointers) =>
        new() { Kind = ConditionOutcomeKind.Fail, Pointers = pointers, Difference = [minuend, subtrahend] };

    public static ConditionOutcome CouldNotRun(params string[] pointers) =>
        new() { Kind = ConditionOutcomeKind.CouldNotRun, Pointers = pointers };

    public static ConditionOutcome CheckSum(string total, params ConditionTerm[] items) =>
        new() { Kind = ConditionOutcomeKind.Sum, Checked = total, Items = items };

    public static ConditionOutcome CheckLessOrEqual(string lesser, string greater) =>
        new() { Kind = ConditionOutcomeKind.LessOrEqual, Checked = lesser, Greater = greater };

    public static ConditionOutcome CheckRatio(
        string percent, IReadOnlyList<ConditionTerm> numerator, IReadOnlyList<ConditionTerm> denominator, params string[] pointers) =>
        new() { Kind = ConditionOutcomeKind.Ratio, Checked = percent, Items = numerator, Denominator = denominator, Pointers = pointers };

    public static ConditionTerm Plus(string pointer, Condition? when = null) => new() { Pointer = pointer, When = when };

    public static ConditionTerm Minus(string pointer) => new() { Pointer = pointer, Weight = -1 };

    public static NamedFigure FirstOf(string name, params string[] candidates) =>
        new NamedFigure { Name = name, FirstOf = candidates }.Validated();

    public static NamedFigure SumOf(string name, params ConditionTerm[] terms) => new NamedFigure { Name = name, Sum = terms }.Validated();
}
