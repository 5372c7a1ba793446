namespace PublicFinance.FinalAccounts.Validation;

/// <summary>
/// The anchors of the <c>/**/name</c> walks, recorded once per validation and replayed (共享的锚点遍历; session 27, issue 13).
/// The condition relations over one template (seven over <c>/**/change</c>, ten over <c>/**/budget</c>, more over
/// <c>/**/secondBudget</c>) share one generated walk (<c>Named_{name}_…</c>, written once per name by the generator): over one
/// report it meets the same anchors at the same paths whichever relation runs it. So the first relation's complete walk is
/// recorded — for each anchor its depth and the steps of its path that changed since the previous anchor — and the other
/// relations replay it (<see cref="TypedAnchorRun"/>) instead of visiting every record of the model again.
/// </summary>
/// <remarks>
/// Held by the validation's <see cref="LazyFacts"/> (one run, one thread) and given back at its end, when its references to
/// the report are cleared; the arrays are kept for the next validation on the thread.
/// </remarks>
internal sealed class AnchorTraces
{
    // The traces of the last validation on this thread, emptied, kept for the next one.
    [ThreadStatic]
    private static AnchorTraces? spare;

    private Trace[] traces = new Trace[4];
    private int count;

    /// <summary>A set of traces for a validation (the thread's spare when there is one).</summary>
    /// <returns>An empty set.</returns>
    internal static AnchorTraces Rent()
    {
        var rented = spare ?? new AnchorTraces();
        spare = null;
        return rented;
    }

    /// <summary>Empties the traces (no reference to the report is kept) and keeps them for the thread's next validation.</summary>
    internal void Return()
    {
        for (var i = 0; i < count; i++)
        {
            traces[i].Clear();
        }

        count = 0;
        spare = this;
    }

    /// <summary>The trace of a template's walk (empty until a relation's walk over it completes).</summary>
    /// <param name="template">The relations' template (<c>/**/name</c>).</param>
    /// <returns>Its trace.</returns>
    internal Trace For(string template)
    {
        for (var i = 0; i < count; i++)
        {
            if (string.Equals(traces[i].Template, template, StringComparison.Ordinal))
            {
                return traces[i];
            }
        }

        if (count == traces.Length)
        {
            Array.Resize(ref traces, count * 2);
        }

        var trace = traces[count] ??= new Trace();
        trace.Template = template;
        count++;
        return trace;
    }

    /// <summary>
    /// One template's anchors in document order: per anchor its depth and the path's steps from the first one that changed
    /// since the anchor before (the steps above are the same), as <see cref="TypedAnchorRun"/> had them when it decided it.
    /// </summary>
    internal sealed class Trace
    {
        private TypedAnchorRun.Step[] steps = new TypedAnchorRun.Step[32];
        private int stepCount;
        private Entry[] entries = new Entry[16];

        /// <summary>The template whose walk this is (null when unused).</summary>
        public string? Template { get; set; }

        /// <summary>Whether a walk was recorded to its end (then it is replayed, never walked again in this validation).</summary>
        public bool Complete { get; private set; }

        /// <summary>How many anchors were recorded.</summary>
        public int Count { get; private set; }

        /// <summary>The recorded steps (an anchor's are at its <see cref="Entry.Start"/>).</summary>
        public TypedAnchorRun.Step[] Steps => steps;

        /// <summary>The anchor at <paramref name="i"/> in document order.</summary>
        /// <param name="i">Its number.</param>
        /// <returns>Its depth, the first step recorded with it and where that step is in <see cref="Steps"/>.</returns>
        public ref readonly Entry At(int i) => ref entries[i];

        /// <summary>Records an anchor: the path's steps <paramref name="from"/> to <paramref name="depth"/> (none when above it).</summary>
        /// <param name="path">The walk's path.</param>
        /// <param name="from">The first step changed since the previous anchor.</param>
        /// <param name="depth">The anchor's depth.</param>
        public void Add(TypedAnchorRun.Step[] path, int from, int depth)
        {
            if (Count == entries.Length)
            {
                Array.Resize(ref entries, Count * 2);
            }

            entries[Count++] = new Entry(depth, from, stepCount);
            var n = depth - from + 1;
            if (n <= 0)
            {
                return;
            }

            if (stepCount + n > steps.Length)
            {
                Array.Resize(ref steps, Math.Max(steps.Length * 2, stepCount + n));
            }

            Array.Copy(path, from, steps, stepCount, n);
            stepCount += n;
        }

        /// <summary>The walk was recorded to its end.</summary>
        public void Finish() => Complete = true;

        /// <summary>Forgets what was recorded (a walk that stopped: the next relation walks again).</summary>
        public void Discard()
        {
            Array.Clear(steps, 0, stepCount);
            stepCount = 0;
            Count = 0;
            Complete = false;
        }

        /// <summary>Empties the trace at the end of a validation.</summary>
        public void Clear()
        {
            Discard();
            Template = null;
        }
    }

    /// <summary>A recorded anchor.</summary>
    /// <param name="Depth">The anchor's depth (0: the report).</param>
    /// <param name="From">The first step of the path recorded with it (steps above it are the previous anchor's).</param>
    /// <param name="Start">Where that step is in the trace's steps.</param>
    internal readonly record struct Entry(int Depth, int From, int Start);
}
