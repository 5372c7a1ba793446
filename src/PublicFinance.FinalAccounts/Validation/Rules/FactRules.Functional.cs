using PublicFinance.FinalAccounts.Classification;

namespace PublicFinance.FinalAccounts.Validation.Rules;

/// <summary>
/// FA5003 over the typed model (session 25): every functional code found in document order by a walk of the index's shapes
/// (<see cref="TypedValueWalk{T}"/>: a code lives in seven record types across the tables and the narrative), its record's
/// names read by the contract's getters, the code-less class rows of the summary table read typed — the same judgements,
/// in the same order, as over the index's nodes; a pointer is written only for a finding or a "could not run" entry.
/// </summary>
internal static partial class FactRules
{
    private const string SummaryClasses = "/tables/summary/expenditure/classes";

    // One visitor (its path and memos) per thread, reused by every validation on it.
    [ThreadStatic]
    private static FunctionalVisitor? spareVisitor;

    private static void FunctionalNamesTyped(ValidationContext context)
    {
        var visitor = spareVisitor ?? new FunctionalVisitor();
        spareVisitor = null;
        try
        {
            visitor.Start(context);
            TypedValueWalk<FunctionalCode>.Walk(context.Report, visitor, visitor.Path);
        }
        finally
        {
            visitor.Start(null);
            spareVisitor = visitor;
        }

        // Class rows of the summary table named without a code: the name alone must be a known class.
        if (context.Report.Tables?.Summary?.Expenditure?.Classes is not { } classes)
        {
            return;
        }

        for (var i = 0; i < classes.Count; i++)
        {
            if (classes[i] is not { Name: { } name, Code: null })
            {
                continue;
            }

            if (context.Catalogue.FindFunctionalByName(name, context.FiscalYear).Count > 0)
            {
                context.Pass();
            }
            else
            {
                context.CouldNotRun(JsonPointer.Child(JsonPointer.Element(SummaryClasses, i), "name"));
            }
        }
    }

    /// <summary>Judges each code's names as the index path's loop does (the last class and section codes and matches reused).</summary>
    private sealed class FunctionalVisitor : TypedValueWalk<FunctionalCode>.IVisitor
    {
        private ValidationContext? context;
        private FunctionalCode? lastClass;
        private FunctionalCode? lastSection;
        private NameMemo ownNames;
        private NameMemo classNames;
        private NameMemo sectionNames;

        public TypedValueWalk<FunctionalCode>.Path Path { get; } = new();

        public void Start(ValidationContext? run)
        {
            context = run;
            lastClass = null;
            lastSection = null;
            ownNames = default;
            classNames = default;
            sectionNames = default;
        }

        public void Visit(FunctionalCode code, object holder, NodeShape holderShape, TypedValueWalk<FunctionalCode>.Path path)
        {
            var year = context!.FiscalYear;
            JudgeTyped(context, holder, holderShape, path, "name", code, year, ref ownNames);
            if (code.Level != FunctionalLevel.Class)
            {
                lastClass = Reused(lastClass, code) ?? code.ClassCode;
                JudgeTyped(context, holder, holderShape, path, "className", lastClass.Value, year, ref classNames);
            }

            if (code.Level == FunctionalLevel.Item && (Reused(lastSection, code) ?? code.Parent) is { } section)
            {
                lastSection = section;
                JudgeTyped(context, holder, holderShape, path, "sectionName", section, year, ref sectionNames);
            }
        }

        private static void JudgeTyped(
            ValidationContext context, object holder, NodeShape shape, TypedValueWalk<FunctionalCode>.Path path, string member,
            FunctionalCode code, int? year, ref NameMemo memo)
        {
            // The record's member by the shape's getter (a list holding codes has no names: nothing to judge).
            if (StringMember(holder, shape, member) is not { } name)
            {
                return;
            }

            var match = memo.Match(context.Catalogue, code, year, name);
            if (match is NameMatch.Exact or NameMatch.Alias)
            {
                context.Pass();
                return;
            }

            if (match == NameMatch.UnknownCode)
            {
                context.CouldNotRun(path.PointerOf(member));
                return;
            }

            var expected = context.Catalogue.TryGetName(code, year, out var n) ? n : string.Empty;
            var (zh, en) = ValidationMessages.FunctionalNameMismatch(code, name, year, expected);
            context.Fail(zh, en, new[] { path.PointerOf(member) });
        }

        private static string? StringMember(object holder, NodeShape shape, string member)
        {
            if (shape.Kind != NodeShape.ObjectKind)
            {
                return null;
            }

            var names = shape.Names;
            for (var k = 0; k < names.Length; k++)
            {
                if (string.Equals(names[k], member, StringComparison.Ordinal))
                {
                    return shape.Getters[k](holder) as string;
                }
            }

            return null;
        }
    }
}
