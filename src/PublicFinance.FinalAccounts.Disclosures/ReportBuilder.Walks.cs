namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// The steps of the builder's last walk down a pointer (走过的路径): after each token, the node it led to, where the
/// token ends in the pointer, and whether every step up to it was one a path would write. A walk that shares a head with
/// the last one (a sibling's pointer: "…/basic/amount" after "…/basic/change/amount", "…/project" after "…/basic")
/// starts where the shared head led instead of at the root (session 23, "the builder's per-figure cost").
/// </summary>
/// <remarks>
/// A walk makes what is missing, so a second walk of the same head only finds what the first made or found; the builder
/// replaces or removes a container only through <see cref="Put(string, DraftNode)"/> and
/// <see cref="DropChangesWithoutDirection()"/>, which forget the steps (<see cref="ForgetLastWalk"/>). The tests' oracle
/// is the walk from the root after every operation.
/// </remarks>
internal sealed partial class ReportBuilder
{
    /// <summary>The pointer the steps were walked down (its head up to each step's end).</summary>
    private string stepPointer = string.Empty;

    /// <summary>The node each step led to (the first <see cref="stepCount"/> are the last walk's).</summary>
    private DraftNode[] stepNodes = new DraftNode[6];

    /// <summary>Each step's end in <see cref="stepPointer"/>, shifted left by one, its lowest bit the steps' "own" so far.</summary>
    private int[] stepEnds = new int[6];

    /// <summary>How many steps are remembered (0: none; the next walk starts at the root).</summary>
    private int stepCount;

    /// <summary>Forgets the last walk's steps (the next walk starts from the root): the tests' oracle.</summary>
    internal void ForgetLastWalk() => stepCount = 0;

    /// <summary>
    /// The deepest remembered step whose head pointer[0, its end) is also <paramref name="pointer"/>'s and ends a token of
    /// it (at <paramref name="end"/> or before a '/'), or −1. The two pointers tokenise alike up to there, so the walk of
    /// <paramref name="pointer"/> from the root would reach the same node by the same steps.
    /// </summary>
    private int SharedStep(string pointer, int end)
    {
        if (stepCount == 0)
        {
            return -1;
        }

        var common = CommonHead(stepPointer, pointer, Math.Min(end, stepPointer.Length));
        for (var k = stepCount - 1; k >= 0; k--)
        {
            var stepEnd = stepEnds[k] >> 1;
            if (stepEnd <= common && (stepEnd == end || pointer[stepEnd] == '/'))
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>How many leading characters (at most <paramref name="max"/>) two strings share.</summary>
    private static int CommonHead(string a, string b, int max)
    {
        if (ReferenceEquals(a, b))
        {
            return max;
        }

        max = Math.Min(max, b.Length);
#if NET
        return a.AsSpan(0, max).CommonPrefixLength(b.AsSpan(0, max));
#else
        var i = 0;
        while (i < max && a[i] == b[i])
        {
            i++;
        }

        return i;
#endif
    }

    /// <summary>Whether the steps up to step <paramref name="step"/> were all ones a path would write.</summary>
    private bool StepOwn(int step) => (stepEnds[step] & 1) != 0;

    /// <summary>Starts remembering a walk of <paramref name="pointer"/> that keeps the first <paramref name="keep"/> steps.</summary>
    private void StartSteps(string pointer, int keep)
    {
        stepPointer = pointer;
        stepCount = keep;
    }

    /// <summary>Remembers the next step of the walk started by <see cref="StartSteps"/>.</summary>
    private void AddStep(DraftNode node, int end, bool own)
    {
        if (stepCount == stepNodes.Length)
        {
            Array.Resize(ref stepNodes, stepCount * 2);
            Array.Resize(ref stepEnds, stepCount * 2);
        }

        stepNodes[stepCount] = node;
        stepEnds[stepCount] = (end << 1) | (own ? 1 : 0);
        stepCount++;
    }

    /// <summary>
    /// Where <see cref="Find"/> may start for <paramref name="pointer"/>: the node of the deepest remembered step whose
    /// head it shares and whose steps were all ones a path would write (non-empty names, indexes in their shortest
    /// digits, containers only), so that <see cref="Find"/>'s own steps from the root would reach it; else the root.
    /// </summary>
    private DraftNode FindStart(string pointer, out int start)
    {
        for (var k = SharedStep(pointer, pointer.Length); k >= 0; k--)
        {
            var stepEnd = stepEnds[k] >> 1;
            if (StepOwn(k) && (stepEnd == pointer.Length || pointer[stepEnd] == '/'))
            {
                start = stepEnd + 1;
                return stepNodes[k];
            }
        }

        start = 0;
        return Root;
    }

    /// <summary>
    /// Sets step <paramref name="depth"/> of a walk over the whole draft (<see cref="DropChangesWithoutDirection()"/>, after
    /// <see cref="ForgetLastWalk"/>): from <paramref name="container"/> into its member or item <paramref name="index"/>.
    /// The remembered walk's arrays hold it, so that the path costs nothing per node.
    /// </summary>
    private void SetPathStep(int depth, DraftNode container, int index)
    {
        if (depth == stepNodes.Length)
        {
            Array.Resize(ref stepNodes, depth * 2);
            Array.Resize(ref stepEnds, depth * 2);
        }

        stepNodes[depth] = container;
        stepEnds[depth] = index;
    }

    /// <summary>The JSON Pointer of the first <paramref name="depth"/> steps set by <see cref="SetPathStep"/>.</summary>
    private string PathPointer(int depth)
    {
        var pointer = new System.Text.StringBuilder();
        for (var k = 0; k < depth; k++)
        {
            var container = stepNodes[k];
            var index = stepEnds[k];
            pointer.Append('/').Append(container.Kind == DraftKind.Array
                ? index.ToString(System.Globalization.CultureInfo.InvariantCulture)
                : container.NameAt(index));
        }

        return pointer.ToString();
    }
}
