using PublicFinance.FinalAccounts.Utility;
using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// The strings of a conflict made once (冲突的字符串, session 44, issue 8): a figure-dense text that states 本年收入 in every
/// sentence meets the same field thousands of times, and each FA8003 finding joined the field's pointer, made its one-item
/// pointer list and formatted the first figure's place anew — the same values each time, and the narrative looked the
/// held value up by the pointer joined once more. They are kept for the last few fields met
/// (<see cref="RecentAnswers{TKey, TValue}"/>): the same strings and lists the findings held before, shared now, as
/// immutable values may be.
/// </summary>
internal sealed partial class ReportBuilder
{
    /// <summary>How many fields' strings are kept: a sentence of the dense kind conflicts on two or three fields in turn.</summary>
    private const int ConflictMemory = 4;

    /// <summary>The pointers joined for conflicts, by the parent's pointer and the member's name; null until the first.</summary>
    private RecentAnswers<(string Parent, string Name), string>? conflictPointers;

    /// <summary>The one-item pointer lists of conflicts' findings, by pointer; null until the first.</summary>
    private RecentAnswers<string, IReadOnlyList<string>>? conflictLists;

    /// <summary>The first places of conflicts formatted (<see cref="SourceSpan.ToString"/>); null until the first.</summary>
    private RecentAnswers<SourceSpan, string>? conflictPlaces;

    /// <summary>
    /// The target's pointer (<see cref="Target.Pointer"/>): a deferred one under a pointer string is joined once for the
    /// last few fields (the same value as joining it again).
    /// </summary>
    private string ConflictPointer(Target target)
        => target.Deferred && target.Prefix is string parent
            ? (conflictPointers ??= new(ConflictMemory)).Get((parent, target.Name!), static k => string.Concat(k.Parent, "/", k.Name))
            : target.Pointer;

    /// <summary>The one-item list of <paramref name="pointer"/> (<see cref="ValueList.One{T}"/>), once for the last few.</summary>
    private IReadOnlyList<string> ConflictPointerList(string pointer)
        => (conflictLists ??= new(ConflictMemory)).Get(pointer, static p => ValueList.One(p));

    /// <summary><paramref name="span"/> formatted (<see cref="SourceSpan.ToString"/>), once for the last few first places.</summary>
    private string ConflictPlace(SourceSpan span)
        => (conflictPlaces ??= new(ConflictMemory)).Get(span, static s => s.ToString());

    /// <summary>
    /// The value at <paramref name="parent"/> + "/" + <paramref name="member"/> (a name without '/'), as
    /// <see cref="Find(string)"/> gives it for that pointer, without joining the pointer.
    /// </summary>
    public DraftNode? FindMember(string parent, string member) => At(parent, member);
}
