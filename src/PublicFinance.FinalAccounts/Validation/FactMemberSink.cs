namespace PublicFinance.FinalAccounts.Validation;

/// <summary>
/// The fact index's room for one record's members while a <see cref="FactMemberReader"/> reads them (成员写入位置): a
/// present member becomes the next node of the room, named by its position's JSON name, and its position is noted for
/// the walk below it; an absent (null) member takes no room.
/// </summary>
internal struct FactMemberSink
{
    private readonly ReportFacts facts;
    private readonly int parent;
    private readonly int first;
    private readonly string[] names;
    private readonly int[] present;

    /// <summary>Room for the members of <paramref name="parent"/> from node <paramref name="first"/> on.</summary>
    /// <param name="facts">The index being built.</param>
    /// <param name="parent">The record's node.</param>
    /// <param name="first">The first node of the room reserved for its members.</param>
    /// <param name="names">The members' JSON names by position.</param>
    /// <param name="present">Receives the positions of the present members, in order.</param>
    internal FactMemberSink(ReportFacts facts, int parent, int first, string[] names, int[] present)
    {
        this.facts = facts;
        this.parent = parent;
        this.first = first;
        this.names = names;
        this.present = present;
        Count = 0;
    }

    /// <summary>The number of present members placed so far.</summary>
    public int Count { get; private set; }

    /// <summary>Places the member at <paramref name="position"/> when it holds a value.</summary>
    /// <param name="position">The member's position in the contract's order.</param>
    /// <param name="value">Its value (boxed as the contract's getter boxes it), or null when absent.</param>
    public void Add(int position, object? value)
    {
        if (value is not null)
        {
            facts.PlaceMember(first + Count, value, parent, names[position]);
            present[Count++] = position;
        }
    }
}
