namespace PublicFinance.FinalAccounts.Validation;

/// <summary>
/// A figure as the text wrote it in another unit than the report's (原文数字及单位): its value, its decimals, its unit and how
/// many of the written unit make one of the report's unit (元 in a 万元 report: 10,000). The reader converts such a figure
/// exactly; a finding whose stated figure is this one names it as written too (<see cref="ValidationContext"/>).
/// </summary>
/// <param name="Value">The value as written (45,812.30 元 is 45812.30).</param>
/// <param name="Decimals">The decimals written.</param>
/// <param name="Unit">The written unit.</param>
/// <param name="PerReportUnit">Written units per report unit (元 → 万元 10,000; 千元 → 万元 10; 千元 → 元 0.001).</param>
internal readonly record struct WrittenFigure(decimal Value, int Decimals, WrittenUnit Unit, decimal PerReportUnit)
{
    /// <summary>The figure in the report's unit, as the reader placed it.</summary>
    public decimal InReportUnit => Value / PerReportUnit;

    /// <summary>A report-unit value in the written unit, rounded to the written decimals (half away from zero).</summary>
    /// <param name="reportValue">The value in the report's unit.</param>
    /// <returns>The value in the written unit.</returns>
    public decimal ToWritten(decimal reportValue)
        => Math.Round(SaturatingMath.Multiply(reportValue, PerReportUnit), Math.Max(Decimals, 0), MidpointRounding.AwayFromZero);
}
