namespace PublicFinance.FinalAccounts.Validation.Rules;

/// <summary>
/// Where a record of the model lies (记录位置), for a code rule's finding: by the indices of its path through the typed
/// model — an element of a list at a fixed pointer, or an element of a list member of such an element (a performance
/// evaluation's fund line) — the pointer's text is written only when a finding asks for it.
/// </summary>
internal readonly struct RecordPlace
{
    private const string Evaluations = "/performance/evaluations";

    private readonly string list;
    private readonly int index;
    private readonly string? innerList;
    private readonly int innerIndex;

    private RecordPlace(string list, int index, string? innerList, int innerIndex)
    {
        this.list = list;
        this.index = index;
        this.innerList = innerList;
        this.innerIndex = innerIndex;
    }

    /// <summary>The element <paramref name="index"/> of the list at a fixed pointer.</summary>
    /// <param name="list">The list's pointer.</param>
    /// <param name="index">The element's index.</param>
    /// <returns>The place.</returns>
    public static RecordPlace InList(string list, int index) => new(list, index, null, -1);

    /// <summary>The evaluation at <c>/performance/evaluations/{evaluation}</c>.</summary>
    /// <param name="evaluation">The evaluation's index.</param>
    /// <returns>The place.</returns>
    public static RecordPlace OfEvaluation(int evaluation) => InList(Evaluations, evaluation);

    /// <summary>The element at <c>/performance/evaluations/{evaluation}/{list}/{index}</c> (a fund line, an indicator).</summary>
    /// <param name="evaluation">The evaluation's index.</param>
    /// <param name="list">The evaluation's list member (<c>funds</c>, <c>indicators</c>).</param>
    /// <param name="index">The element's index.</param>
    /// <returns>The place.</returns>
    public static RecordPlace InEvaluation(int evaluation, string list, int index) => new(Evaluations, evaluation, list, index);

    /// <summary>The pointer text of the record.</summary>
    public string Pointer
    {
        get
        {
            var record = JsonPointer.Element(list, index);
            return innerList is null ? record : JsonPointer.Element(JsonPointer.Child(record, innerList), innerIndex);
        }
    }

    /// <summary>The pointer text of a member of the record (present or not).</summary>
    /// <param name="member">The member's JSON name.</param>
    /// <returns>The pointer.</returns>
    public string At(string member) => JsonPointer.Child(Pointer, member);
}
