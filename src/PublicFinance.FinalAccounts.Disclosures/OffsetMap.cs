namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// A map from the positions of a derived text (normalised text, a joined paragraph) to positions in the text it came
/// from (位置映射), stored as runs: within a run, position <c>i</c> maps to <c>base + (i − start)</c>. Derived text is
/// the source with a few characters dropped or inserted (a <c>\r</c>, a <c>**</c>, a line break joined), so a whole
/// text is a handful of runs — a few bytes per line instead of four bytes per character, which keeps a 4 Mi text's maps
/// out of the large-object heap. Lookup is a binary search over the runs. Built append-only by <see cref="Add"/>.
/// </summary>
/// <remarks>
/// A run's start and base are kept side by side in one array (<c>runs[2r]</c>, <c>runs[2r + 1]</c>), not in two: a
/// paragraph of a few lines has a map of its own, and one array instead of two saves an array's header and a field per
/// map and per growth (the seed's blocks make about 140 maps).
/// </remarks>
internal sealed class OffsetMap
{
    /// <summary>Run <c>r</c>'s first derived position at <c>2r</c>, the source position it maps to at <c>2r + 1</c>.</summary>
    private int[] pairs;
    private int runs;

    /// <summary>
    /// An empty map with room for <paramref name="capacity"/> runs (2 by default: most joined paragraphs are one or two
    /// lines; the room doubles as needed — on the seed 2 allocates least, against 1 and 4).
    /// </summary>
    public OffsetMap(int capacity = 2)
    {
        pairs = new int[2 * Math.Max(1, capacity)];
    }

    /// <summary>The number of positions mapped (the next position <see cref="Add"/> maps).</summary>
    public int Length { get; private set; }

    /// <summary>The number of runs (for tests and measurements).</summary>
    public int Runs => runs;

    /// <summary>The source position of derived position <paramref name="index"/> (0 ≤ index &lt; <see cref="Length"/>).</summary>
    public int this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Length)
            {
                throw new ArgumentOutOfRangeException(
                    nameof(index), index, DisclosureMessages.Joined(DisclosureMessages.PositionOutsideMap));
            }

            var run = lastRun;   // the run of the last answer, when it holds the index (see RunOf)
            if (run >= runs || Start(run) > index || (run + 1 < runs && Start(run + 1) <= index))
            {
                run = RunOf(index);
            }

            return Base(run) + (index - Start(run));
        }
    }

    /// <summary>
    /// Whether derived positions [<paramref name="start"/>, <paramref name="end"/>) map to consecutive source positions
    /// (they lie in one run), so the source text behind them is one substring.
    /// </summary>
    public bool IsContiguous(int start, int end)
    {
        if (start < 0 || end > Length || start >= end)
        {
            return false;
        }

        var run = RunOf(start);
        return (run + 1 < runs ? Start(run + 1) : Length) >= end;
    }

    /// <summary>The first derived position of run <paramref name="run"/>.</summary>
    private int Start(int run) => pairs[2 * run];

    /// <summary>The source position the first derived position of run <paramref name="run"/> maps to.</summary>
    private int Base(int run) => pairs[(2 * run) + 1];

    /// <summary>
    /// The run that holds <paramref name="index"/> (0 ≤ index &lt; <see cref="Length"/>). The readers ask for positions
    /// mostly in text order — a clause's characters, then the next clause's — so the run of the last answer is tried
    /// first, then the one after it, before the binary search over all runs (a joined paragraph has one run per line,
    /// a normalised text one per dropped character). The remembered run is only a hint, checked
    /// before it is used: an answer never depends on the order of the questions (<see cref="RunBySearch"/> is the
    /// oracle of the tests), and a map read from two threads at once still answers right.
    /// </summary>
    private int RunOf(int index)
    {
        var run = lastRun;
        if (run < runs && Start(run) <= index)
        {
            if (run + 1 == runs || Start(run + 1) > index)
            {
                return run;
            }

            if (run + 2 == runs || Start(run + 2) > index)
            {
                lastRun = run + 1;
                return run + 1;
            }
        }

        run = RunBySearch(index);
        lastRun = run;
        return run;
    }

    /// <summary>The run that holds <paramref name="index"/>, by binary search over the runs' starts.</summary>
    internal int RunBySearch(int index)
    {
        int lo = 0, hi = runs - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) >> 1;
            if (Start(mid) <= index)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return lo;
    }

    /// <summary>The run of the last position looked up (<see cref="RunOf"/>), a hint for the next.</summary>
    private int lastRun;

    /// <summary>A map of an array (one run per break in the sequence <c>value[i + 1] = value[i] + 1</c>).</summary>
    public static OffsetMap From(int[] values)
    {
        var map = new OffsetMap();
        foreach (var v in values)
        {
            map.Add(v);
        }

        return map;
    }

    /// <summary>
    /// An identity run: positions 0…<paramref name="length"/> map to <paramref name="start"/>…<paramref name="start"/> + length.
    /// </summary>
    public static OffsetMap Shifted(int start, int length)
    {
        var map = new OffsetMap(1);
        map.AddRun(start, length + 1);
        return map;
    }

    /// <summary>Maps the next derived position to <paramref name="value"/>.</summary>
    public void Add(int value) => AddRun(value, 1);

    /// <summary>Maps the next <paramref name="count"/> derived positions to <paramref name="value"/>, value + 1, ….</summary>
    public void AddRun(int value, int count)
    {
        if (count <= 0)
        {
            return;
        }

        if (runs == 0 || Base(runs - 1) + (Length - Start(runs - 1)) != value)
        {
            if (2 * runs == pairs.Length)
            {
                Array.Resize(ref pairs, pairs.Length * 2);
            }

            pairs[2 * runs] = Length;
            pairs[(2 * runs) + 1] = value;
            runs++;
        }

        Length += count;
    }
}
