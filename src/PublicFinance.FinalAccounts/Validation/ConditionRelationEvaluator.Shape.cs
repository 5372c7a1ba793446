namespace PublicFinance.FinalAccounts.Validation;

/// <summary>
/// A condition relation over every record of one member name (<c>/**/change</c>, <c>/**/budget</c>) decided by a program
/// compiled once per record shape (按记录形状编译的判定程序; session 19): the members the relation names below its anchor
/// (<c>amount</c>, <c>direction</c>, <c>rate</c>, …) are read in one scan of the anchor's children, and each distinct test of
/// its cases (<c>direction</c> is <c>unchanged</c>, <c>priorYearAmount</c> is absent, …) is decided at most once per anchor
/// however many cases repeat it. The cases, their order and their outcomes are the relation's own: an anchor whose case
/// records something is recorded by the same <c>Record</c> as before. The conditions compiled per case (session 15) stay
/// as the oracle (internal <see cref="ValidationOptions.ShapePrograms"/> = false).
/// </summary>
internal static partial class ConditionRelationEvaluator
{
    /// <summary>The shape program of a plan: made on its first evaluation by shape, published once, then read.</summary>
    private static ShapeProgram ShapeOf(ConditionPlan plan) =>
        plan.ShapeProgram as ShapeProgram ?? (ShapeProgram)plan.PublishShapeProgram(Run.Shape(plan));

    /// <summary>
    /// What deciding an anchor by its record shape needs, made from the plan alone (no report): the member names read
    /// from the anchor, which relative reference each fills, and the cases' conditions with every distinct test
    /// remembered per anchor. Immutable once made; two threads that race make equal programs and publish one.
    /// </summary>
    private sealed class ShapeProgram
    {
        public ShapeProgram(string[] members, int[] memberOfSlot, string[] suffixOfSlot, Func<Run, bool>?[] whens, int tests)
        {
            Members = members;
            MemberOfSlot = memberOfSlot;
            SuffixOfSlot = suffixOfSlot;
            Whens = whens;
            TestCount = tests;
        }

        /// <summary>The member names the relation reads one step below its anchor (interned, as the index's names are).</summary>
        public string[] Members { get; }

        /// <summary>For each relative reference slot of the plan, the member it names (-1: not a single member step).</summary>
        public int[] MemberOfSlot { get; }

        /// <summary>For each relative reference slot of a member, <c>/</c> and its token (the text of an absent member).</summary>
        public string[] SuffixOfSlot { get; }

        /// <summary>The cases' conditions, in order (null for <c>otherwise</c>), each distinct test remembered per anchor.</summary>
        public Func<Run, bool>?[] Whens { get; }

        /// <summary>How many distinct tests the conditions hold (the slots remembered per anchor).</summary>
        public int TestCount { get; }
    }

    private sealed partial class Run
    {
        /// <summary>Compiles the shape program of a plan.</summary>
        public static ShapeProgram Shape(ConditionPlan plan)
        {
            var members = new List<string>();
            var memberOfSlot = new int[plan.RelativeCount];
            var suffixOfSlot = new string[plan.RelativeCount];
            for (var i = 0; i < memberOfSlot.Length; i++)
            {
                memberOfSlot[i] = -1;
            }

            foreach (var reference in plan.References)
            {
                if (reference.Kind == ConditionReferenceKind.Relative && reference.Steps.Length == 1
                    && reference.Steps[0] is { Up: false, Name: { } name } step)
                {
                    var member = members.IndexOf(name);
                    if (member < 0)
                    {
                        member = members.Count;
                        members.Add(name);
                    }

                    memberOfSlot[reference.Slot] = member;
                    suffixOfSlot[reference.Slot] = step.Suffix;
                }
            }

            // A test is the same test when its form, references (one object per text in a plan) and constant are.
            var slots = new Dictionary<(ConditionTest, ConditionReference?, ConditionReference?, string?), int>();
            var tests = new List<Func<Run, bool>>();
            Func<Run, bool> Remembered(CompiledCondition c)
            {
                var key = (c.Source.Test, c.Reference, c.Other, c.Source.Value);
                if (!slots.TryGetValue(key, out var slot))
                {
                    slot = tests.Count;
                    slots[key] = slot;
                    tests.Add(ShapeTest(c));
                }

                var test = tests[slot];
                return r => r.Remembered(slot, test);
            }

            var whens = new Func<Run, bool>?[plan.Cases.Length];
            for (var i = 0; i < whens.Length; i++)
            {
                whens[i] = plan.Cases[i].When is { } when ? Build(when, Remembered) : null;
            }

            return new ShapeProgram([.. members], memberOfSlot, suffixOfSlot, whens, tests.Count);
        }

        /// <summary>
        /// A test as the conditions compiled per case make it, but for the presence of a relative place: present when its
        /// node is, and an absent place holds a figure only inside a table declared empty (<c>RelationEvaluator.TryFigure</c>
        /// finds nothing else at a place below a present node), so the figure is not looked for in an index without one.
        /// </summary>
        private static Func<Run, bool> ShapeTest(CompiledCondition c)
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

        // The current relation's shape program (null: decided by the conditions compiled per case, or the interpreter).
        private ShapeProgram? shape;
        private int[] memberNode = [];
        // The distinct tests decided for the current anchor: decided when their slot holds the decision's number.
        private int[] testAt = [];
        private bool[] testValue = [];

        /// <summary>
        /// The conditions the run decides by: the relation's shape program when it has one and the options allow it
        /// (its remembered tests made usable and reset), else those compiled per case, else none (the interpreter).
        /// </summary>
        private Func<Run, bool>?[]? Conditions(ValidationOptions options, ConditionPlan plan)
        {
            shape = null;
            if (!options.ConditionDelegates)
            {
                return null;
            }

            if (!options.ShapePrograms || plan.AnyDepthName is null)
            {
                return Program(plan);
            }

            var program = ShapeOf(plan);
            shape = program;
            Fit(ref memberNode, program.Members.Length);
            Fit(ref testAt, program.TestCount);
            Fit(ref testValue, program.TestCount);
            return program.Whens;
        }

        /// <summary>A test's result for the current anchor: decided on its first use, then remembered.</summary>
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

        /// <summary>
        /// Reads the members the shape program names from the anchor's record in one scan of its children, and fills the
        /// relative references that name them for this anchor (a present member's node; an absent one's place below the
        /// anchor, as <c>Walk</c> would make it). An anchor that is not a record is left to <c>Walk</c>.
        /// </summary>
        private void ReadMembers(ShapeProgram program)
        {
            var members = program.Members;
            for (var m = 0; m < members.Length; m++)
            {
                memberNode[m] = -1;
            }

            var (kind, first, count) = facts.ChildrenOf(anchor);
            if (kind != NodeShape.ObjectKind)
            {
                return;
            }

            for (var i = first; i < first + count; i++)
            {
                var name = facts.NameOf(i);
                if (facts.ValueOf(i) is null)
                {
                    continue;
                }

                for (var m = 0; m < members.Length; m++)
                {
                    if (ReferenceEquals(name, members[m]) || string.Equals(name, members[m], StringComparison.Ordinal))
                    {
                        memberNode[m] = i;
                        break;
                    }
                }
            }

            var slots = program.MemberOfSlot;
            for (var s = 0; s < slots.Length; s++)
            {
                var m = slots[s];
                if (m >= 0)
                {
                    var node = memberNode[m];
                    relative[s] = node >= 0 ? FactPointer.At(facts, node) : FactPointer.Below(facts, anchor, program.SuffixOfSlot[s]);
                    relativeAt[s] = decision;
                }
            }
        }
    }
}
