namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 57 (tables57, blind round 53 t10): a 三公 table whose columns are 预算数 | 决算数 | 上年决算数 and no 增减 column.
/// The model's change needs a direction, and such a row states none, so its prior-year figure was a note. The two years
/// are written side by side, so the direction is theirs: a row whose 决算 and 上年 cells each hold one number, of the same
/// unit and different, reads its 上年 as the prior-year amount of a change that decreases (决算 below 上年) or increases.
/// Nothing is guessed: no amount or rate is placed, a row with equal or missing years keeps the note, and a table with a
/// change column keeps the change it states (<see cref="Directed"/>).
/// </summary>
internal sealed partial class TextTableReader
{
    /// <summary>
    /// Places the direction of <paramref name="subject"/>'s change that its 决算 and 上年 cells show, in a table with no
    /// change column (see the type's remarks). True when placed; false (nothing placed) otherwise.
    /// </summary>
    private bool DirectionOfTheYears(string subject, List<Column> columns, List<Fragment> values)
    {
        var prior = columns.IndexOf(Column.PriorYear);
        var final = columns.IndexOf(Column.Final);
        if (columns.Exists(c => c is Column.ChangeAmount or Column.ChangeRate or Column.FinalOfANamedYear)
            || columns.Count(c => c == Column.PriorYear) != 1 || columns.Count(c => c == Column.Final) != 1
            || prior >= values.Count || final >= values.Count
            || Scanner.Numbers(values[final].Text) is not { Count: 1 } now || Scanner.Numbers(values[prior].Text) is not { Count: 1 } then
            || now[0].Unit != then[0].Unit || now[0].Value < 0 || then[0].Value < 0 || now[0].Value == then[0].Value)
        {
            return false;
        }

        var span = b.Span(values[prior], then[0].Start, then[0].End);
        b.Set(subject + "/change/direction", DraftNode.Of(now[0].Value < then[0].Value ? "decrease" : "increase"), span);
        return true;
    }
}
