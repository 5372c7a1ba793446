namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 49 (blind round 45 t04): a declaration of every table's unit, made once for the whole text —
/// <c>以下各表金额均为万元</c>, <c>各表金额单位均为万元</c>, <c>本说明各表单位为万元</c>. A declaration such as
/// <c>（单位：万元）</c> holds for its own section only (<see cref="declaredUnit"/>), so a comparison table in a later section
/// with no unit of its own (t04's expenditure table under <c>（二）支出决算情况</c>) was a note for each row and its figures
/// were missed. The words must say 各表 (every table) and name the unit after it in the same sentence; the unit is then
/// the sentence-tables' unit wherever no nearer declaration or header gives one.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The unit a text declares for all its tables (以下各表金额均为万元), or <see cref="FigureUnit.None"/>.</summary>
    private FigureUnit tablesUnit;

    /// <summary>The unit words of the text's declaration for all its tables, or null (<see cref="tablesUnit"/>).</summary>
    private string? TablesUnitWords => UnitWords(tablesUnit);

    /// <summary>Sets <see cref="tablesUnit"/> from a sentence that says 各表 and then its unit (万元 or 元).</summary>
    private void DeclareTablesUnit(string text)
    {
        var at = text.IndexOf("各表", StringComparison.Ordinal);
        if (at < 0)
        {
            return;
        }

        var end = text.IndexOfAny(TablesUnitEnds, at);
        var sentence = end < 0 ? text.AsSpan(at) : text.AsSpan(at, end - at);
        if (sentence.Length > 24
            || !(sentence.Contains("均为", StringComparison.Ordinal) || sentence.Contains("单位", StringComparison.Ordinal)))
        {
            return;
        }

        if (sentence.Contains("万元", StringComparison.Ordinal))
        {
            tablesUnit = FigureUnit.WanYuan;
        }
        else if (sentence.IndexOf('元') >= 0 && !sentence.Contains("亿元", StringComparison.Ordinal)
            && !sentence.Contains("千元", StringComparison.Ordinal))
        {
            tablesUnit = FigureUnit.Yuan;
        }
    }

    /// <summary>The marks a declaration's sentence ends at.</summary>
    private static readonly char[] TablesUnitEnds = ['。', ',', ';', '，', '；'];
}
