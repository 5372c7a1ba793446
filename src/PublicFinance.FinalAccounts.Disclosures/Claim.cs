using System.Diagnostics.CodeAnalysis;
using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>One thing the text states, where it landed in the report, and where it was stated (文本陈述).</summary>
/// <remarks>
/// A claim the reader makes in a table may keep its pointer as two parts — the pointer of the object it is a member of
/// and the member's name — joined when <see cref="Pointer"/> is first read: most claims' pointers are never asked for.
/// Equality and the hash code compare the pointer's text, as the record's own members would.
/// </remarks>
public sealed record Claim
{
    /// <summary>
    /// The pointer once known as one string (given, or joined when first read) — or, while the pointer is not joined,
    /// the member's name. A member's name has no '/' and a joined pointer always has one, so one field holds either (a
    /// claim of 72 bytes, not 80); a name with a '/' is joined when the claim is made.
    /// </summary>
    private string? pointerOrName;

    /// <summary>
    /// The pointer of the object the value is a member of — a string, or an <see cref="ItemPointer"/> (a list's pointer
    /// and an index) — when the claim was made with its pointer in two parts (null when it was given whole). It stays
    /// after the pointer is joined: whether <see cref="pointerOrName"/> is still the name is told by its '/'.
    /// </summary>
    private readonly object? parentPointer;

    /// <summary>A claim whose members are all given by an object initialiser.</summary>
    public Claim()
    {
    }

    /// <summary>A claim at member <paramref name="member"/> of the object at <paramref name="parent"/> (joined when read).</summary>
#pragma warning disable CS0436 // netstandard2.0: the attribute's polyfill is both linked here and visible from the core
    [SetsRequiredMembers]
#pragma warning restore CS0436
#pragma warning disable CS8618 // Pointer is not a field: it is joined from parent and member when first read.
    internal Claim(ClaimKind kind, object parent, string member, SourceSpan span, string text, string value)
    {
        if (member.IndexOf('/') >= 0)
        {
            pointerOrName = string.Concat(ParentText(parent), "/", member);   // a name that would read as a joined pointer
        }
        else
        {
            (parentPointer, pointerOrName) = (parent, member);
        }

        (Kind, Span, Text, Value) = (kind, span, text, value);
    }
#pragma warning restore CS8618

    /// <summary>What kind of statement (陈述类型).</summary>
    public required ClaimKind Kind { get; init; }

    /// <summary>JSON Pointer of the value in the report (数据位置).</summary>
    public required string Pointer
    {
        get
        {
            // The field is read once: a thread that sees the name joins it; two threads joining at once write the same
            // text, and either string may stay.
            var known = pointerOrName!;
            if (parentPointer is null || known.IndexOf('/') >= 0)
            {
                return known;
            }

            var joined = string.Concat(ParentText(parentPointer), "/", known);
            pointerOrName = joined;
            return joined;
        }

        init
        {
            pointerOrName = value;
            parentPointer = null;
        }
    }

    /// <summary>A parent's pointer given as a string or as an <see cref="ItemPointer"/>, as text.</summary>
    internal static string ParentText(object parent) => parent as string ?? ((ItemPointer)parent).Pointer;

    /// <summary>Where in the text (原文位置).</summary>
    public required SourceSpan Span { get; init; }

    /// <summary>The clause as written (原文).</summary>
    public required string Text { get; init; }

    /// <summary>The value as stored, e.g. <c>3653.30</c> or <c>decrease</c> (值).</summary>
    public required string Value { get; init; }

    /// <summary>Whether two claims have the same kind, pointer (its text), span, clause and value.</summary>
    /// <param name="other">The other claim.</param>
    /// <returns>True when every member is equal.</returns>
    public bool Equals(Claim? other)
        => ReferenceEquals(this, other)
            || (other is not null
                && EqualityComparer<ClaimKind>.Default.Equals(Kind, other.Kind)
                && EqualityComparer<string>.Default.Equals(Pointer, other.Pointer)
                && EqualityComparer<SourceSpan>.Default.Equals(Span, other.Span)
                && EqualityComparer<string>.Default.Equals(Text, other.Text)
                && EqualityComparer<string>.Default.Equals(Value, other.Value));

    /// <summary>The hash code of the members <see cref="Equals(Claim?)"/> compares, combined as a record combines them.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode()
    {
        const int Factor = -1521134295;
        unchecked
        {
            var hash = EqualityComparer<Type>.Default.GetHashCode(typeof(Claim));
            hash = (hash * Factor) + EqualityComparer<ClaimKind>.Default.GetHashCode(Kind);
            hash = (hash * Factor) + EqualityComparer<string>.Default.GetHashCode(Pointer);
            hash = (hash * Factor) + EqualityComparer<SourceSpan>.Default.GetHashCode(Span);
            hash = (hash * Factor) + EqualityComparer<string>.Default.GetHashCode(Text);
            return (hash * Factor) + EqualityComparer<string>.Default.GetHashCode(Value);
        }
    }
}
