using PublicFinance.FinalAccounts.Model.Performance;
using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Builds the report's JSON form pointer by pointer, remembering where each value was stated, every claim, and
/// every conflict (the same figure stated twice with different values keeps the first and reports the second).
/// </summary>
internal sealed partial class ReportBuilder
{
    private readonly SourceText source;

    public ReportBuilder(SourceText source)
    {
        this.source = source;
        Spans = new PlacedSpans(Root);
    }

    /// <summary>The report being read.</summary>
    public DraftNode Root { get; } = DraftNode.NewObject();

    /// <summary>The whole normalised text.</summary>
    public string Text => source.Text;

    /// <summary>The stretches of the normalised text that hold only white space (<see cref="SourceText.BlankChunks"/>), or null.</summary>
    public bool[]? BlankChunks => source.BlankChunks;

    /// <summary>The span of the normalised text [start, end).</summary>
    public SourceSpan TextSpan(int start, int end) => source.Span(start, end);

    /// <summary>The text the draft is read from, with its position maps.</summary>
    internal SourceText Source => source;

    /// <summary>Where each placed value was stated (pointer → span), kept in the draft; the result's source map reads it.</summary>
    public PlacedSpans Spans { get; }

    /// <summary>The claims made so far, in the order made (an array rented from the shared pool: see <see cref="ClaimList"/>).</summary>
    public ClaimList Claims { get; } = new();

    public List<ReaderNote> Notes { get; } = new();

    /// <summary>Removes the notes at <paramref name="span"/> (a reading replaced them). A loop, not <c>RemoveAll</c> with a lambda:
    /// the closure over the span would be made on every call of the methods that ask, most of which never reach it.</summary>
    public void RemoveNotesAt(SourceSpan span)
    {
        for (var i = Notes.Count - 1; i >= 0; i--)
        {
            if (Notes[i].Span == span)
            {
                Notes.RemoveAt(i);
            }
        }
    }

    public List<Diagnostic> Findings { get; } = new();

    /// <summary>
    /// The figures written in another unit than the report's and converted exactly (元 in a 万元 text), by span; null until
    /// the first. The result's source map hands them to the checks, whose findings name them as written (session 48).
    /// </summary>
    public Dictionary<SourceSpan, WrittenFigure>? WrittenFigures { get; private set; }

    /// <summary>Records a figure written in another unit than the report's, converted exactly.</summary>
    /// <param name="span">Where the figure was written.</param>
    /// <param name="token">The figure as scanned.</param>
    /// <param name="unit">Its unit.</param>
    /// <param name="perReportUnit">Written units per report unit.</param>
    public void Written(SourceSpan span, NumberToken token, WrittenUnit unit, decimal perReportUnit)
        => (WrittenFigures ??= new Dictionary<SourceSpan, WrittenFigure>())[span]
            = new WrittenFigure(token.Value, token.Decimals, unit, perReportUnit);

    /// <summary>Typed statements read so far (财政拨款 sections), for <see cref="Statements.StatementChecks"/>.</summary>
    public List<Statements.Statement> Statements { get; } = new();

    /// <summary>
    /// The <see cref="Qualifiers"/> key of the figure being placed; recorded with each claim. Set directly, or lazily
    /// from a stretch of the normalised text (<see cref="ContextFrom"/>): the key is computed only when a figure is
    /// actually placed or compared, so figures that are never placed cost nothing here.
    /// </summary>
    public string Context
    {
        get
        {
            if (context is null)
            {
                context = Qualifiers.Key(source.Text, contextStart, contextEnd, contextYear) + contextTyped;
            }

            return context;
        }

        set
        {
            context = value;
            sharedContext = null;
        }
    }

    private string? context = string.Empty;

    /// <summary>
    /// The box holding <see cref="CurrentContext"/> given to the claims placed since the context last changed (null: none
    /// made yet): one box for them all, not one per claim. A box's deferred key may later be replaced by the key it
    /// resolves to (<see cref="Resolve(string, DeferredKey)"/>), which is the same for every claim that shares it.
    /// </summary>
    private DraftNode.ContextBox? sharedContext;
    private int contextStart;
    private int contextEnd;
    private int contextYear;

    private string contextTyped = string.Empty;

    /// <summary>
    /// Makes <see cref="Context"/> the key of the normalised text [start, end), computed on first use, followed by
    /// <paramref name="typed"/>: what a typed statement knows of the figure (its fund), which the words before it may
    /// not show ("…使用一般公共预算安排的项目预算;本年支出 1094.65 万元" is all 财政拨款, not 一般公共预算).
    /// </summary>
    public void ContextFrom(int start, int end, int fiscalYear, string typed = "")
    {
        context = null;
        sharedContext = null;
        contextTyped = typed;
        contextStart = start;
        contextEnd = end;
        contextYear = fiscalYear;
    }

    /// <summary>
    /// The qualifier key a claimed pointer was first stated with, or null when nothing is claimed there. The key is
    /// recorded with the placed value (<see cref="PlacedSpans"/>) as the stretch of text it comes from and computed only
    /// when asked for (a second figure for the same field): most placed figures are never compared, and
    /// <see cref="Qualifiers.Key(string, int, int, int)"/> searches the stretch for every word.
    /// </summary>
    public string? ContextOf(string pointer) => Spans.TryGetContext(pointer, out var c) ? Resolve(pointer, c) : null;

    /// <summary>The current <see cref="Context"/>, as it stands or as the stretch it will be computed from.</summary>
    private DeferredKey CurrentContext
        => context is not null ? new DeferredKey(context) : new DeferredKey(contextStart, contextEnd, contextYear, contextTyped);

    /// <summary>The key a pointer was recorded with, computed (once) when it was deferred.</summary>
    private string Resolve(string pointer, DeferredKey key) => Resolve(pointer, null, key);

    /// <summary>
    /// The key a pointer was recorded with, as <see cref="Resolve(string, DeferredKey)"/> gives it; kept on
    /// <paramref name="node"/> when given (the mapped node at the pointer, in the draft) instead of walking the pointer.
    /// </summary>
    private string Resolve(string pointer, DraftNode? node, DeferredKey key)
    {
        if (key.Key is { } known)
        {
            return known;
        }

        // Qualifiers.Key reads only the normalised text, which never changes: the key is what it was at the time.
        var resolved = Qualifiers.Key(source.Text, key.Start, key.End, key.Year) + key.Typed;
        if (node is not null)
        {
            node.Context = new DeferredKey(resolved);   // what Spans.SetContext does to the node it finds
        }
        else
        {
            Spans.SetContext(pointer, new DeferredKey(resolved));
        }

        return resolved;
    }

    /// <summary>A qualifier key, or the stretch of normalised text (and the typed suffix) it is computed from.</summary>
    /// <remarks>
    /// The key and the typed suffix share one field (a known key has no suffix to keep): 24 bytes, not 32, so that a
    /// claim's <see cref="DraftNode.ContextBox"/> is 40 bytes, not 48.
    /// </remarks>
    internal readonly struct DeferredKey
    {
        /// <summary>The key when <see cref="known"/>, else the typed suffix.</summary>
        private readonly string text;

        private readonly bool known;

        public DeferredKey(string key)
        {
            text = key;
            known = true;
            Start = End = Year = 0;
        }

        public DeferredKey(int start, int end, int year, string typed)
        {
            text = typed;
            known = false;
            Start = start;
            End = end;
            Year = year;
        }

        public string? Key => known ? text : null;

        public int Start { get; }

        public int End { get; }

        public int Year { get; }

        public string Typed => known ? string.Empty : text;
    }

    /// <summary>The normalised text between two normalised offsets.</summary>
    public string Normalized(int start, int end)
    {
        start = Math.Max(0, Math.Min(start, source.Text.Length));
        end = Math.Max(start, Math.Min(end, source.Text.Length));
        return source.Text.Substring(start, end - start);
    }

    public SourceSpan Span(Fragment f, int start, int end)
        => source.Span(f.At(Math.Max(0, Math.Min(start, f.Length))), f.At(Math.Max(0, Math.Min(end, f.Length))));

    public bool Has(string pointer) => Find(pointer) is not null;

    /// <summary>
    /// Whether a value is at <paramref name="parent"/> + "/" + <paramref name="member"/> (a name without '/'; a null
    /// parent is the root), as <see cref="Has(string)"/> tells, without making that pointer.
    /// </summary>
    public bool Has(string? parent, string member) => At(parent, member) is not null;

    /// <summary>The string at <paramref name="parent"/> + "/" + <paramref name="member"/>, as <see cref="FindString(string)"/>.</summary>
    public string? FindString(string? parent, string member) => At(parent, member) is { Kind: DraftKind.String } v ? v.Text : null;

    /// <summary>
    /// The string member <paramref name="member"/> of item <paramref name="index"/> of <paramref name="list"/> (a list
    /// <see cref="Find"/> gave), as <see cref="FindString(string?, string)"/> gives it for the item's pointer — without
    /// making that pointer: a look-up in every item of a list costs no string per item.
    /// </summary>
    public static string? ItemString(DraftNode list, int index, string member)
        => list.Kind == DraftKind.Array && index >= 0 && index < list.Count
            && list.At(index).Member(member) is { Kind: DraftKind.String } v ? v.Text : null;

    /// <summary>The node <see cref="Find"/> gives for <paramref name="parent"/> + "/" + <paramref name="member"/>.</summary>
    private DraftNode? At(string? parent, string member)
        => Find(parent ?? string.Empty) is not { } node ? null : member.Length > 0 ? Child(node, member, 0, member.Length) : node;

    /// <summary>The original characters behind [start, end) of a fragment (an ideographic space shown as a space).</summary>
    public string Raw(Fragment f, int start, int end)
    {
        start = Math.Max(0, Math.Min(start, f.Length));
        end = Math.Max(start, Math.Min(end, f.Length));
        if (end > start && f.IsContiguous(start, end))
        {
            return RawRange(f.At(start), f.At(start) + (end - start));
        }

#if NET
        // Session 47: written straight into the string (a joined paragraph's sentence: no builder and its buffer besides).
        return string.Create(end - start, (Builder: this, Fragment: f, Start: start), static (chars, s) =>
        {
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = s.Builder.OriginalAt(s.Fragment.At(s.Start + i));
            }
        });
#else
        var sb = new System.Text.StringBuilder(end - start);
        for (var i = start; i < end; i++)
        {
            sb.Append(OriginalAt(f.At(i)));
        }

        return sb.ToString();
#endif
    }

    /// <summary>The original characters behind the normalised text [start, end) (an ideographic space shown as a space).</summary>
    public string RawRange(int start, int end)
    {
        start = Math.Max(0, Math.Min(start, source.Text.Length));
        end = Math.Max(start, Math.Min(end, source.Text.Length));
        if (end > start && source.Origin.IsContiguous(start, end))
        {
            // One stretch of the original (the common case): one substring, not a character-by-character copy.
            var raw = source.Original.Substring(source.Origin[start], end - start);
            return raw.IndexOf('\u3000') >= 0 ? raw.Replace('\u3000', ' ') : raw;
        }

#if NET
        return string.Create(end - start, (Builder: this, Start: start), static (chars, s) =>
        {
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = s.Builder.OriginalAt(s.Start + i);   // session 47: no builder (as Raw)
            }
        });
#else
        var sb = new System.Text.StringBuilder(end - start);
        for (var i = start; i < end; i++)
        {
            sb.Append(OriginalAt(i));
        }

        return sb.ToString();
#endif
    }

    /// <summary>The original character behind normalised position <paramref name="index"/>.</summary>
    private char OriginalAt(int index)
    {
        var c = source.Original[source.Origin[index]];
        return c == '\u3000' ? ' ' : c;
    }

    /// <summary>The node at a pointer, or null; walks the pointer's tokens in place (no substrings, no array of them).</summary>
    public DraftNode? Find(string pointer)
    {
        DraftNode? node = FindStart(pointer, out var start);   // the root, or where the last walk's shared head led
        while (start <= pointer.Length && node is not null)
        {
            var end = pointer.IndexOf('/', start);
            if (end < 0)
            {
                end = pointer.Length;
            }

            if (end > start)
            {
                node = Child(node, pointer, start, end);
            }

            start = end + 1;
        }

        return node;
    }

    /// <summary>The member or item pointer[start, end) of a container, as <see cref="Find"/> steps to it; null for a value.</summary>
    private static DraftNode? Child(DraftNode node, string pointer, int start, int end) => node.Kind switch
    {
        DraftKind.Object => node.Member(pointer, start, end),
        DraftKind.Array => Index(pointer, start, end) is var i and >= 0 && i < node.Count ? node.At(i) : null,
        _ => null,
    };

    /// <summary>The string at a pointer, or null when there is none (or the value is not a string).</summary>
    public string? FindString(string pointer) => Find(pointer) is { Kind: DraftKind.String } v ? v.Text : null;

    /// <summary>The list index written in [start, end) of a pointer (digits only, at most 8), or -1.</summary>
    internal static int Index(string pointer, int start, int end)
    {
        if (end - start > 8)
        {
            return -1;
        }

        var value = 0;
        for (var k = start; k < end; k++)
        {
            if (pointer[k] is < '0' or > '9')
            {
                return -1;
            }

            value = (value * 10) + (pointer[k] - '0');
        }

        return value;
    }

    /// <summary>Number of elements of the list at the pointer (0 when absent).</summary>
    public int Count(string listPointer) => Find(listPointer) is { Kind: DraftKind.Array } a ? a.Count : 0;

    /// <summary>Appends an empty object to a list and returns its pointer.</summary>
    public string Append(string listPointer) => Append(listPointer, out _);

    /// <summary>
    /// Appends an empty object to a list, as <see cref="Append(string)"/> does, and gives the object itself too, so
    /// that its members can be set with <see cref="SetMember"/> without walking the pointer again.
    /// </summary>
    public string Append(string listPointer, out DraftNode item)
    {
        item = AppendObject(listPointer, 0, -1, out var index, out var own);
        var pointer = listPointer + "/" + index.ToString(CultureInfo.InvariantCulture);
        if (own)
        {
            item.AppendedPath = pointer;   // the item's path: members set under it by SetMember/SetIn are at their own
        }

        return pointer;
    }

    /// <summary>
    /// Appends an empty object to a list as <see cref="Append(string, out DraftNode)"/> does, and gives its pointer as the
    /// list's pointer and the item's index (<see cref="ItemPointer"/>), joined only if something asks: members set under
    /// it by <see cref="SetIn(DraftNode, ItemPointer, string, DraftNode, SourceSpan, ClaimKind?, string?)"/> need no
    /// pointer of their own, nor does the item. The item has room for the members the item before it has and the
    /// <paramref name="pending"/> members still to be set on that one (a 绩效自评表 indicator's name and 偏差原因, written
    /// when its table ends): shaped as that one will be, it is not grown by doubling when its own are written.
    /// </summary>
    public ItemPointer AppendItem(string listPointer, out DraftNode item, int pending)
        => Item(listPointer, AppendObject(listPointer, pending, -1, out var index, out var own), index, own, out item);

    /// <summary>
    /// Appends an empty object to a list as <see cref="AppendItem(string, out DraftNode, int)"/> does, with room for exactly
    /// <paramref name="room"/> members: for a caller that knows what the item will hold (a 绩效自评表 row's filled cells),
    /// so that the item is neither grown by doubling nor given room it does not fill. The item is a compact row
    /// (<see cref="DraftNode.NewRow"/>): its members set by <see cref="SetInRow(DraftNode, ItemPointer, string, string,
    /// SourceSpan, ClaimKind?, string?)"/> are held without a node each while they can be.
    /// </summary>
    public ItemPointer AppendItemWithRoom(string listPointer, out DraftNode item, int room)
        => Item(listPointer, AppendObject(listPointer, 0, room, out var index, out var own, row: true), index, own, out item);

    /// <summary>The pointer of an item just appended, given as the list's pointer and the index (see <see cref="AppendItem"/>).</summary>
    private static ItemPointer Item(string listPointer, DraftNode appended, int index, bool own, out DraftNode item)
    {
        item = appended;
        var pointer = new ItemPointer(listPointer, index);
        if (own)
        {
            item.AppendedItem = pointer;   // the item's path: members set under it by SetIn are at their own
        }

        return pointer;
    }

    /// <summary>
    /// Appends an empty object to the list at <paramref name="listPointer"/> (made where missing) and gives it, its index
    /// and whether the pointer is the list's path; a list's items are alike (a table's indicators, funds), so it has room
    /// for as many members as the item before it has, and <paramref name="pending"/> more — or for <paramref name="room"/>
    /// members when that is not negative.
    /// </summary>
    private DraftNode AppendObject(string listPointer, int pending, int room, out int index, out bool own, bool row = false)
    {
        var list = Ensure(listPointer, listPointer.Length, array: true, out own);
        if (list.Kind != DraftKind.Array)
        {
            throw new InvalidOperationException(listPointer);
        }

        var item = row ? DraftNode.NewRow(room)
            : DraftNode.NewObject(room >= 0 ? room : list.Count > 0 ? list.At(list.Count - 1).Count + pending : 0);
        list.Add(item);
        index = list.Count - 1;
        return item;
    }

    /// <summary>Sets a string value where nothing is read from the text (no span, no claim); replaces what is there.</summary>
    public void Put(string pointer, string value) => Put(pointer, DraftNode.Of(value));

    /// <summary>Sets a whole number where nothing is read from the text (no span, no claim); replaces what is there.</summary>
    public void Put(string pointer, int value) => Put(pointer, DraftNode.Of(value));

    private void Put(string pointer, DraftNode value)
    {
        ForgetLastWalk();   // the value may replace a container on the remembered walk
        var slash = pointer.LastIndexOf('/');
        var parent = Ensure(pointer, slash, array: false, out _);
        if (parent.Kind == DraftKind.Object)
        {
            var name = DraftNames.Of(pointer, slash + 1, pointer.Length);
            if (Spans.InDraft && parent.Member(name) is { } replaced && PlacedSpans.HoldsMapped(replaced))
            {
                Spans.ToDictionaries();   // placed values leave the draft: their pairs must stay
            }

            parent.Put(name, value);
        }
    }

    /// <summary>Sets a string value; returns false when one is already there.</summary>
    public bool Set(string pointer, string value, SourceSpan span, ClaimKind? kind = null, string? text = null)
        => Set(pointer, DraftNode.Of(value), span, kind, text);

    /// <summary>Sets a whole number; returns false (and reports a conflict if it differs) when one is already there.</summary>
    public bool Set(string pointer, int value, SourceSpan span, ClaimKind? kind = null, string? text = null)
        => Set(pointer, DraftNode.Of(value), span, kind, text);

    /// <summary>Sets a value; returns false (and reports a conflict if it differs) when one is already there.</summary>
    public bool Set(string pointer, DraftNode value, SourceSpan span, ClaimKind? kind = null, string? text = null)
    {
        if (ReferenceEquals(value, DraftNode.Unplaceable) || ReferenceEquals(value, DraftNode.BeyondTheContract)
            || ReferenceEquals(value, DraftNode.Approximate))
        {
            return NotPlaceable(value, span, text, pointer);
        }

        // One walk: the parent (made where missing, as before), then the member in it. When the member exists, the walk
        // made nothing (its ancestors exist); when it does not, the parent is where the old second walk would have led.
        var slash = pointer.LastIndexOf('/');
        var parent = Ensure(pointer, slash, array: IsIndex(pointer, slash + 1, pointer.Length), out var own);
        return Place(parent, own && slash >= 0, new Target(pointer, slash + 1, null), value, span, kind, text);
    }

    /// <summary>
    /// Sets <paramref name="parent"/> + "/" + <paramref name="name"/> as <see cref="Set(string, DraftNode, SourceSpan,
    /// ClaimKind?, string?)"/> sets that pointer — the parent made where missing, the conflicts, notes, claims and map the
    /// same — without joining the pointer unless something asks for it (a conflict's message, a pair that goes into the
    /// dictionaries, a claim's <see cref="Claim.Pointer"/> when read): a value placed at its own path in the draft needs
    /// none. For the narrative's members ("…/change" + "/amount"): a new pointer string per value placed is the largest
    /// string cost the builder's callers have (411 of them on the seed, ≈ 41 KB). A name that is no single path token
    /// (empty, or with a '/') is set through the joined pointer.
    /// </summary>
    public bool SetUnder(string parent, string name, DraftNode value, SourceSpan span, ClaimKind? kind = null, string? text = null)
        => SetUnder(parent, name, value, span, kind, text, null);

    /// <summary>
    /// <see cref="SetUnder(string, string, DraftNode, SourceSpan, ClaimKind?, string?)"/> with the text of
    /// <paramref name="clause"/> (<see cref="ClauseView.Text"/>), cut out only when a claim or a note keeps it — not for a
    /// value that meets an equal one or is a conflict's finding (session 44, issue 8).
    /// </summary>
    public bool SetUnder(string parent, string name, DraftNode value, SourceSpan span, ClaimKind kind, ClauseView clause)
        => SetUnder(parent, name, value, span, kind, null, clause);

    /// <summary>The two <c>SetUnder</c>s: the text is <paramref name="text"/>, else <paramref name="clause"/>'s when asked for.</summary>
    private bool SetUnder(string parent, string name, DraftNode value, SourceSpan span, ClaimKind? kind, string? text, ClauseView? clause)
    {
        if (ReferenceEquals(value, DraftNode.Unplaceable) || ReferenceEquals(value, DraftNode.BeyondTheContract)
            || ReferenceEquals(value, DraftNode.Approximate))
        {
            var meant = ReferenceEquals(value, DraftNode.Unplaceable) ? parent + "/" + name : null;
            return NotPlaceable(value, span, text ?? clause?.Text, meant);
        }

        if (name.Length == 0 || name.IndexOf('/') >= 0)
        {
            return Set(parent + "/" + name, value, span, kind, text ?? clause?.Text);
        }

        var container = Ensure(parent, parent.Length, array: IsIndex(name, 0, name.Length), out var own);
        return Place(container, own, new Target(parent, name), value, span, kind, text, clause);
    }

    /// <summary>
    /// A figure whose precision the report cannot hold (<see cref="DraftNode.Unplaceable"/>) or that is beyond the numeric
    /// contract in the report's unit (<see cref="DraftNode.BeyondTheContract"/>): nothing placed, nothing made on the way,
    /// a note at the figure saying which; false, as for a field that could not take it.
    /// </summary>
    private bool NotPlaceable(DraftNode value, SourceSpan span, string? text, string? pointer)
    {
        if (ReferenceEquals(value, DraftNode.Unplaceable))
        {
            LastCoarse = (pointer ?? string.Empty, span);
        }

        var (zh, en) = ReferenceEquals(value, DraftNode.Unplaceable)
            ? DisclosureMessages.CoarserFigure(FigureText(span))   // the figure named (session 38)
            : ReferenceEquals(value, DraftNode.Approximate)
                ? DisclosureMessages.ApproximateFigure(FigureText(span))
                : DisclosureMessages.BeyondTheNumericContract;
        Note(span, zh, en, text);
        return false;
    }

    /// <summary>
    /// The last figure not placed because its precision is coarser than the report's (<see cref="DraftNode.Unplaceable"/>:
    /// 12.29亿元 in a 万元 report) — the pointer it was meant for and its span — or null (session 48: the same figure restated
    /// in brackets in the report's unit takes its place, <c>NarrativeReader.FinerRestatements</c>).
    /// </summary>
    public (string Pointer, SourceSpan Span)? LastCoarse { get; private set; }

    /// <summary>The original text of a figure's one-line span ("1.71亿元"), or empty when the span is not on one line.</summary>
    private string FigureText(SourceSpan span)
    {
        var start = source.OffsetOf(span.StartLine, span.StartColumn);
        var end = source.OffsetOf(span.EndLine, span.EndColumn);
        return start < 0 || end < start ? string.Empty : source.Original.Substring(start, end - start + 1);
    }

    /// <summary>
    /// Sets member <paramref name="name"/> of <paramref name="parent"/> as <see cref="Set(string, DraftNode, SourceSpan,
    /// ClaimKind?, string?)"/> sets <paramref name="pointer"/>, without walking the pointer: <paramref name="parent"/>
    /// must be the object at the pointer's parent (one given by <see cref="Append(string, out DraftNode)"/>) and
    /// <paramref name="pointer"/> must end in "/" and <paramref name="name"/>.
    /// </summary>
    public bool SetMember(DraftNode parent, string pointer, string name, DraftNode value, SourceSpan span, ClaimKind? kind = null,
        string? text = null)
        => Place(parent, OwnItem(parent, pointer, name), new Target(pointer, pointer.Length - name.Length, name), value, span, kind,
            text);

    /// <summary>
    /// Sets member <paramref name="name"/> of <paramref name="parent"/>, whose pointer is <paramref name="parentPointer"/>,
    /// as <see cref="SetMember"/> sets <paramref name="parentPointer"/> + "/" + <paramref name="name"/> — without joining
    /// that pointer unless something asks for it: a value placed at its own path in the draft needs none, and a claim's
    /// <see cref="Claim.Pointer"/> is joined when first read. <paramref name="parent"/> must be the object at
    /// <paramref name="parentPointer"/> (one given by <see cref="Append(string, out DraftNode)"/>, with its pointer).
    /// </summary>
    public bool SetIn(DraftNode parent, string parentPointer, string name, DraftNode value, SourceSpan span, ClaimKind? kind = null,
        string? text = null)
        => Place(parent, parent.AppendedPath is { } path && string.Equals(path, parentPointer, StringComparison.Ordinal),
            new Target(parentPointer, name), value, span, kind, text);

    /// <summary>
    /// Sets member <paramref name="name"/> of <paramref name="parent"/>, the item at <paramref name="item"/>, as
    /// <see cref="SetIn(DraftNode, string, string, DraftNode, SourceSpan, ClaimKind?, string?)"/> sets it under the
    /// item's joined pointer — which is joined only if something asks for it (a conflict's message, a pair that goes into
    /// the dictionaries, a claim's <see cref="Claim.Pointer"/> when read). <paramref name="parent"/> must be the object
    /// <see cref="AppendItem"/> gave with <paramref name="item"/>.
    /// </summary>
    public bool SetIn(DraftNode parent, ItemPointer item, string name, DraftNode value, SourceSpan span, ClaimKind? kind = null,
        string? text = null)
        => Place(parent, ReferenceEquals(parent.AppendedItem, item), new Target(item, name), value, span, kind, text);

    /// <summary>
    /// Sets string member <paramref name="name"/> of the row <paramref name="row"/> at <paramref name="item"/> (one that
    /// <see cref="AppendItemWithRoom"/> gave) as <see cref="SetIn(DraftNode, ItemPointer, string, DraftNode, SourceSpan,
    /// ClaimKind?, string?)"/> sets a string node there — the same draft, map, order, claim and box — held compactly in the
    /// row when it can be (at the row's own path, the map in the draft, no member of the name yet, the row's span), else
    /// through a node as that method sets it.
    /// </summary>
    public bool SetInRow(DraftNode row, ItemPointer item, string name, string value, SourceSpan span, ClaimKind? kind = null,
        string? text = null)
        => SetInRow(row, item, name, (object)value, span, kind, text);

    /// <summary>Sets indicator-value member <paramref name="name"/> of a row as the string overload sets a string (no claim).</summary>
    public bool SetInRow(DraftNode row, ItemPointer item, string name, IndicatorValue value, SourceSpan span)
        => SetInRow(row, item, name, value, span, null, null);

    private bool SetInRow(DraftNode row, ItemPointer item, string name, object value, SourceSpan span, ClaimKind? kind, string? text)
    {
        if (Spans.InDraft && ReferenceEquals(row.AppendedItem, item) && name.Length > 0 && !HasSlash(name)
            && (kind is null || value is string) && row.CanHoldCompact(value, span) && !row.HasMember(name, 0, name.Length))
        {
            // What Place does for a new value node at its own path, without the node: its box, its order, its claim.
            var context = kind is null ? null : sharedContext ??= new DraftNode.ContextBox { Key = CurrentContext };
            row.AppendCompact(name, value, span, context, Spans.NextOrder());
            if (kind is { } k)
            {
                Claims.Add(new Claim(k, item, name, span, text ?? string.Empty, (string)value));
            }

            return true;
        }

        var node = value is string s ? DraftNode.Of(s) : DraftNode.Of((IndicatorValue)value);
        return SetIn(row, item, name, node, span, kind, text);
    }

    /// <summary>
    /// Whether a member name holds a '/': a loop, as the names of a row's members are a few characters (session 36: the
    /// runtime's vectorised search was most of the test's cost on them).
    /// </summary>
    private static bool HasSlash(string name)
    {
        foreach (var c in name)
        {
            if (c == '/')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether <paramref name="pointer"/> is the path of <paramref name="parent"/> (an appended item) + "/" +
    /// <paramref name="name"/>.
    /// </summary>
    private static bool OwnItem(DraftNode parent, string pointer, string name)
        => parent.AppendedPath is { } path && pointer.Length == path.Length + 1 + name.Length
            && string.CompareOrdinal(pointer, 0, path, 0, path.Length) == 0 && pointer[path.Length] == '/'
            && string.CompareOrdinal(pointer, path.Length + 1, name, 0, name.Length) == 0;

    /// <summary>
    /// The pointer a value is placed at: the whole pointer (with where its last token starts), or its parent's pointer
    /// and the member's name, joined only when asked (<see cref="Pointer"/>).
    /// </summary>
    private readonly struct Target
    {
        /// <summary>The whole pointer, or null when it is <see cref="Prefix"/> + "/" + <see cref="Name"/> not yet joined.</summary>
        private readonly string? whole;

        /// <summary>Where the last token starts in the whole pointer.</summary>
        private readonly int nameStart;

        /// <summary>A whole pointer, its last token starting at <paramref name="nameStart"/> (<paramref name="name"/> if known).</summary>
        public Target(string pointer, int nameStart, string? name)
        {
            whole = pointer;
            this.nameStart = nameStart;
            Prefix = null;
            Name = name;
        }

        /// <summary>
        /// Member <paramref name="name"/> of the object at <paramref name="prefix"/> (a pointer, or an
        /// <see cref="ItemPointer"/>), not joined.
        /// </summary>
        public Target(object prefix, string name)
        {
            whole = null;
            nameStart = 0;
            Prefix = prefix;
            Name = name;
        }

        /// <summary>The parent's pointer of a target not yet joined: a string or an <see cref="ItemPointer"/>.</summary>
        public object? Prefix { get; }

        /// <summary>The last token, when known as a string of its own.</summary>
        public string? Name { get; }

        /// <summary>Whether the pointer is known only as its parent's pointer and a name.</summary>
        public bool Deferred => whole is null;

        /// <summary>The pointer (joined when it is deferred: a new string each time).</summary>
        public string Pointer => whole ?? string.Concat(Claim.ParentText(Prefix!), "/", Name);

        /// <summary>The string that holds the last token, and where the token starts and ends in it.</summary>
        public string Token(out int start, out int end)
        {
            if (whole is null)
            {
                start = 0;
                end = Name!.Length;
                return Name;
            }

            start = nameStart;
            end = whole.Length;
            return whole;
        }

        /// <summary>The last token as a string (the name when known, else the pointer's last token, one string per name).</summary>
        public string TokenString() => Name ?? DraftNames.Of(whole!, nameStart, whole!.Length);
    }

    /// <summary>Sets the target's last token in its parent container.</summary>
    /// <remarks>
    /// <paramref name="parentOwn"/> tells that the pointer up to its last '/' is <paramref name="parent"/>'s path: the
    /// value is then at its own pointer when the last token names it as a path would (a name without '/', or the index
    /// it is appended at), and it was in no container before. A deferred target's pointer is joined only where it is
    /// needed: a conflict's message, a pair that goes into the dictionaries; a claim keeps the two parts.
    /// </remarks>
    private bool Place(DraftNode parent, bool parentOwn, Target target, DraftNode value, SourceSpan span, ClaimKind? kind, string? text,
        ClauseView? clause = null)
    {
        var token = target.Token(out var nameStart, out var nameEnd);
        if (Child(parent, token, nameStart, nameEnd) is { } existing)
        {
            if (kind is not null && !DraftNode.SameValue(existing, value))
            {
                Conflict(ConflictPointer(target), existing, parentOwn && AtOwnPath(parent, token, nameStart, nameEnd), value, span,
                    text, clause);
            }

            return false;
        }

        // The value is at its own pointer when the parent is at the pointer's parent part, the last token names it as a
        // path would (a name without '/', or the index it is appended at), and it was in no container before; under a
        // value nothing is stored, but the pointer is mapped (as it always was). Otherwise the store becomes
        // dictionaries before the value is attached (a node placed twice must not be found at both places).
        // A container placed as a value (no caller does) is never mapped in the draft: its count is no place in the order.
        var own = parentOwn && !value.Attached && value.Kind is not (DraftKind.Object or DraftKind.Array) && parent.Kind switch
        {
            DraftKind.Object => nameStart < nameEnd && token.IndexOf('/', nameStart) < 0,
            DraftKind.Array => PlacedSpans.CanonicalIndex(token, nameStart, nameEnd) == parent.Count,
            _ => false,
        };
        if (!own)
        {
            Spans.ToDictionaries();
        }

        if (parent.Kind == DraftKind.Object)
        {
            parent.Append(target.TokenString(), value);   // known to be absent: no second search
        }
        else if (parent.Kind == DraftKind.Array)
        {
            parent.Add(value);
        }

        // In the draft, a value at its own pointer needs no pointer string (the draft is the map).
        Spans.Record(value, own && Spans.InDraft ? null : target.Pointer, own, span,
            kind is null ? null : sharedContext ??= new DraftNode.ContextBox { Key = CurrentContext });

        if (kind is { } k)
        {
            text ??= clause?.Text;
            Claims.Add(target.Deferred
                ? new Claim(k, target.Prefix!, target.Name!, span, text ?? string.Empty, value.Show())
                : new Claim { Kind = k, Pointer = target.Pointer, Span = span, Text = text ?? string.Empty, Value = value.Show() });
        }

        return true;
    }

    /// <summary>
    /// A claimed value met one already at <paramref name="pointer"/> and differs from it: a note when the two were read
    /// with different qualifiers (another figure this field cannot hold), else a finding (the same figure stated twice).
    /// </summary>
    /// <remarks>
    /// <paramref name="ownPath"/> tells that <paramref name="existing"/> is at <paramref name="pointer"/> as a path
    /// (<see cref="AtOwnPath"/>): while the map is in the draft, the node is then what the map's look-ups of the pointer
    /// find (when it is mapped), and its key and span are read from it, not by walking the pointer again.
    /// </remarks>
    private void Conflict(string pointer, DraftNode existing, bool ownPath, DraftNode value, SourceSpan span, string? text,
        ClauseView? clause)
    {
        var node = ownPath && Spans.InDraft ? existing : null;
        if (FirstContext(pointer, node, out var firstKey) && Resolve(pointer, node, firstKey) is var firstContext
            && firstContext != Context && !SameFigureInTableAndText(firstContext, Context))
        {
            if (SameFigureInTableRowAndProse(pointer, firstContext, Context, BudgetKindOf(pointer)))
            {
                // A table's figure and the prose's of one field (session 45): one figure written twice, a Warning.
                TableAndProseDiffer(pointer, existing, ownPath, firstContext == TableKey, value, span);
                return;
            }

            // Different qualifiers (一般公共预算 vs 政府性基金, 收入 vs 支出, 行政编制 vs 事业编制, another year):
            // a different figure that this field cannot hold, not the same figure stated twice.
            var (zh, en) = DisclosureMessages.FigureOfAnotherKind(value.Show(), pointer, existing.Show(), firstContext, Context);
            Note(span, zh, en, text ?? clause?.Text);
        }
        else
        {
            var placed = node is not null ? SpanOf(node, out var first) : Spans.TryGetValue(pointer, out first);
            var firstPlace = placed ? ConflictPlace(first) : "?";
            var (zh, en) = DisclosureMessages.SameFigureTwice(value.Show(), firstPlace, existing.Show());
            Findings.Add(TextRules.FindingWithPointers(TextRules.Conflict, span, ConflictPointerList(pointer), zh, en));
        }
    }

    public bool SetString(string pointer, string value, SourceSpan span) => Set(pointer, value, span);

    /// <summary>
    /// How many notes with one message are listed; further ones are counted and summarised in one note by
    /// <see cref="SummarizeRepeatedNotes"/>. A text that repeats one unplaceable phrase a million times gets a hundred
    /// located notes and a count, not a million notes (which cost memory, and GC time growing faster than the text).
    /// </summary>
    public const int RepeatedNoteLimit = 100;

    private readonly Dictionary<string, (int Listed, int Suppressed, SourceSpan First, string Zh)> noteCounts = new(StringComparer.Ordinal);

    /// <summary>
    /// Whether a note with the English message <paramref name="en"/> would be listed now (with its text), not only
    /// counted: so that a caller makes the note's text only when it is kept.
    /// </summary>
    public bool Lists(string en) => summarized || !noteCounts.TryGetValue(en, out var count) || count.Listed < RepeatedNoteLimit;

    public void Note(SourceSpan span, string zh, string en, string? text = null)
    {
        if (summarized)
        {
            Notes.Add(new ReaderNote { Span = span, MessageZh = zh, MessageEn = en, Text = text ?? string.Empty });
            return;
        }

        noteCounts.TryGetValue(en, out var count);
        if (count.Listed >= RepeatedNoteLimit)
        {
            noteCounts[en] = (count.Listed, count.Suppressed + 1, count.Suppressed == 0 ? span : count.First, zh);
            return;
        }

        noteCounts[en] = (count.Listed + 1, count.Suppressed, count.First, zh);
        Notes.Add(new ReaderNote { Span = span, MessageZh = zh, MessageEn = en, Text = text ?? string.Empty });
    }

    private bool summarized;

    /// <summary>
    /// Adds one note per message that was repeated beyond <see cref="RepeatedNoteLimit"/>, with the count not listed.
    /// Called when reading ends: the notes after it (a fragment of the report dropped because the model cannot hold
    /// it — read data lost) are each listed, however many.
    /// </summary>
    public void SummarizeRepeatedNotes()
    {
        summarized = true;
        foreach (var pair in noteCounts)
        {
            var (_, suppressed, first, zh) = pair.Value;
            if (suppressed == 0)
            {
                continue;
            }

            var message = DisclosureMessages.RepeatedNotes(suppressed, zh, pair.Key);
            Notes.Add(new ReaderNote { Span = first, MessageZh = message.Zh, MessageEn = message.En, Text = string.Empty });
        }
    }

    /// <summary>
    /// The container that pointer[0, end) names, made (objects, or arrays where the next token is an index) where it is
    /// missing; as the JSON node version did, an array's token is its index and missing items are filled with empty
    /// containers, and a value on the way ends the walk (what is set under it is not stored).
    /// </summary>
    /// <param name="pointer">The pointer.</param>
    /// <param name="end">Where the container's part of it ends.</param>
    /// <param name="array">Whether a container made at the end is an array.</param>
    /// <param name="own">Whether pointer[0, end) is the container's path (see <see cref="Walk"/>).</param>
    private DraftNode Ensure(string pointer, int end, bool array, out bool own)
    {
        var node = Root;
        var start = pointer.Length > 0 && pointer[0] == '/' ? 1 : 0;
        if (end <= 0)
        {
            own = end == 0;   // "/x": the root's path is the empty prefix; "x" (no '/') is no path
            return node;
        }

        // The walk shares its head with the last one's up to a remembered step: it starts there (see ReportBuilder.Walks.cs).
        var keep = SharedStep(pointer, end);
        var headOwn = true;
        if (keep >= 0)
        {
            node = stepNodes[keep];
            headOwn = StepOwn(keep);
            start = (stepEnds[keep] >> 1) + 1;
            if (start > end)
            {
                own = headOwn && pointer[0] == '/';
                return node;   // the container the shared head led to: the same walk again would only find it
            }
        }

        StartSteps(pointer, keep + 1);
        var found = Walk(pointer, start, end, array, node, headOwn, out own);
        own = own && pointer[0] == '/';
        return found;
    }

    /// <summary>
    /// The walk of <see cref="Ensure"/> from <paramref name="node"/> (the root); <paramref name="own"/> tells that every
    /// step went into a container by a token a path would write (a non-empty name, an index in its shortest digits).
    /// </summary>
    private DraftNode Walk(string pointer, int start, int end, bool array, DraftNode node, bool headOwn, out bool own)
    {
        own = headOwn;
        while (true)
        {
            var next = pointer.IndexOf('/', start);
            if (next < 0 || next > end)
            {
                next = end;
            }

            var last = next >= end;
            var wantArray = last ? array : IsIndex(pointer, next + 1, NextSlash(pointer, next + 1, end));
            if (next == start)
            {
                own = false;   // an empty token
            }

            if (node.Kind == DraftKind.Object)
            {
                var child = node.Member(pointer, start, next);
                if (child is null)
                {
                    child = wantArray ? DraftNode.NewArray() : DraftNode.NewObject();
                    node.Put(DraftNames.Of(pointer, start, next), child);
                }

                node = child;
            }
            else if (node.Kind == DraftKind.Array)
            {
                var i = ParseIndex(pointer, start, next);
                own = own && PlacedSpans.CanonicalIndex(pointer, start, next) == i;
                while (node.Count <= i)
                {
                    node.Add(wantArray ? DraftNode.NewArray() : DraftNode.NewObject());
                }

                node = node.At(i);
            }
            else
            {
                own = false;   // a value on the way
            }

            AddStep(node, next, own);
            if (last)
            {
                return node;
            }

            start = next + 1;
        }
    }

    private static int NextSlash(string pointer, int start, int end)
    {
        var slash = pointer.IndexOf('/', start);
        return slash < 0 || slash > end ? end : slash;
    }

    /// <summary>An array index token as <c>int.Parse</c> reads it (throws <see cref="FormatException"/> as it did).</summary>
    private static int ParseIndex(string pointer, int start, int end)
        => Index(pointer, start, end) is var i and >= 0
            ? i
            : int.Parse(pointer.Substring(start, end - start), CultureInfo.InvariantCulture);

    /// <summary>Whether pointer[start, end) is a list index: 1–8 digits.</summary>
    private static bool IsIndex(string pointer, int start, int end) => end > start && end - start < 9 && Index(pointer, start, end) >= 0;
}
