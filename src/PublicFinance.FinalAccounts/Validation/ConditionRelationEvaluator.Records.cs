namespace PublicFinance.FinalAccounts.Validation;

/// <summary>
/// A condition relation over every record of one member name (<c>/**/change</c>, <c>/**/budget</c>) decided by a program
/// compiled once per relation (记录锚点的判定程序; session 19): each test its cases repeat (<c>direction</c> is
/// <c>unchanged</c>, <c>priorYearAmount</c> is absent, <c>$final</c> is present, …) is decided at most once per anchor and
/// then read back, a test used once is decided as it stands, and the presence of a relative place is its node's (no figure
/// looked for below a present node when no table is declared empty). The cases, their order and their outcomes are the
/// relation's own; what an anchor records goes through the same <c>Record</c>. The conditions compiled per case (session
/// 15) stay as the oracle (internal <see cref="ValidationOptions.RecordPrograms"/> = false).
/// </summary>
internal static partial class ConditionRelationEvaluator
{
    /// <summary>The record program of a plan: made on its first evaluation, published once, then read.</summary>
    private static RecordProgram RecordProgramOf(ConditionPlan plan) =>
        plan.RecordProgram as RecordProgram ?? (RecordProgram)plan.PublishRecordProgram(Run.CompileRecordProgram(plan));

    /// <summary>
    /// The cases' conditions with their repeated tests remembered per anchor, made from the plan alone (no report).
    /// Immutable once made; two threads that race make equal programs and publish one.
    /// </summary>
    /// <param name="Whens">The cases' conditions, in order (null for <c>otherwise</c>).</param>
    /// <param name="TestCount">How many distinct repeated tests the conditions hold (the slots remembered per anchor).</param>
    private sealed record RecordProgram(Func<Run, bool>?[] Whens, int TestCount);

    private sealed partial class Run
    {
        // The distinct repeated tests decided for the current anchor: decided when their slot holds the decision's number.
        private int[] testAt = [];
        private bool[] testValue = [];

        /// <summary>Compiles the record program of a plan.</summary>
        public static RecordProgram CompileRecordProgram(ConditionPlan plan)
        {
            // A test is the same test when its form, references (one object per text in a plan) and constant are.
            var uses = new Dictionary<(ConditionTest, ConditionReference?, ConditionReference?, string?), int>();
            void Count(CompiledCondition c)
            {
                if (c.Kind == CompiledConditionKind.Test)
                {
                    var key = (c.Source.Test, c.Reference, c.Other, c.Source.Value);
                    uses[key] = uses.TryGetValue(key, out var n) ? n + 1 : 1;
                }

                foreach (var child in c.Children)
                {
                    Count(child);
                }

                if (c.Inner is { } inner)
                {
                    Count(inner);
                }
            }

            foreach (var c in plan.Cases)
            {
                if (c.When is { } when)
                {
                    Count(when);
                }
            }

            // Measured (docs/performance.md, session 19): remembering every test costs more than it saves (+9 % of a
            // validation); only the repeated ones pay for the slot.
            var slots = new Dictionary<(ConditionTest, ConditionReference?, ConditionReference?, string?), (int, Func<Run, bool>)>();
            Func<Run, bool> Remembered(CompiledCondition c)
            {
                var key = (c.Source.Test, c.Reference, c.Other, c.Source.Value);
                if (uses[key] < 2)
                {
                    return RecordTest(c);
                }

                if (!slots.TryGetValue(key, out var found))
                {
                    found = (slots.Count, RecordTest(c));
                    slots[key] = found;
                }

                var (slot, test) = found;
                return r => r.Remembered(slot, test);
            }

            var whens = new Func<Run, bool>?[plan.Cases.Length];
            for (var i = 0; i < whens.Length; i++)
            {
                whens[i] = plan.Cases[i].When is { } when ? Build(when, Remembered) : null;
            }

            return new RecordProgram(whens, slots.Count);
        }

        /// <summary>
        /// A test as the conditions compiled per case make it, but for the presence of a relative place: present when its
        /// node is; an absent place holds a figure only inside a table declared empty (<c>RelationEvaluator.TryFigure</c>
        /// finds nothing else at a place below a present node), so no figure is looked for in an index without one.
        /// </summary>
        private static Func<Run, bool> RecordTest(CompiledCondition c)
        {
            var reference = c.Reference!;
            if (c.Source.Test == ConditionTest.Present && reference.Kind == ConditionReferenceKind.Relative)
            {
                return r =>
                {
                    var at = r.Locate(reference);
                    return at.Node >= 0 || r.facts.AnyDeclaredEmpty && r.Present(at);
                };
            }

            return Leaf(c);
        }

        /// <summary>
        /// The conditions the run decides by: the relation's record program when its anchors are the records of one name
        /// and the options allow it (its remembered tests reset), else those compiled per case, else none (the interpreter).
        /// </summary>
        private Func<Run, bool>?[]? Conditions(ValidationOptions options, ConditionPlan plan)
        {
            if (!options.ConditionDelegates)
            {
                return null;
            }

            if (!options.RecordPrograms || plan.AnyDepthName is null)
            {
                return Program(plan);
            }

            var program = RecordProgramOf(plan);
            Fit(ref testAt, program.TestCount);
            Fit(ref testValue, program.TestCount);
            return program.Whens;
        }

        /// <summary>A repeated test's result for the current anchor: decided on its first use, then remembered.</summary>
        private bool Remembered(int slot, Func<Run, bool> test)
        {
            if (testAt[slot] == decision)
            {
                return testValue[slot];
            }

            var value = test(this);
            testValue[slot] = value;
            testAt[slot] = decision;
            return value;
        }
    }
}
