using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using PublicFinance.FinalAccounts.Utility;
using PublicFinance.FinalAccounts.Values;

namespace PublicFinance.FinalAccounts.Validation;

/// <summary>A location in a source text, 1-based line and column, end inclusive (原文位置).</summary>
public readonly record struct SourceSpan
{
    /// <summary>Creates a span; lines and columns start at 1.</summary>
    /// <param name="startLine">First line (起始行).</param>
    /// <param name="startColumn">First column (起始列).</param>
    /// <param name="endLine">Last line (结束行).</param>
    /// <param name="endColumn">Last column (结束列).</param>
    public SourceSpan(int startLine, int startColumn, int endLine, int endColumn)
    {
        if (startLine < 1 || startColumn < 1 || endLine < startLine || endColumn < 1 || (endLine == startLine && endColumn < startColumn))
        {
            throw new ArgumentOutOfRangeException(nameof(startLine), "A span starts at line 1, column 1 and does not end before it starts. 位置必须从第 1 行第 1 列起，且终点不早于起点。");
        }

        StartLine = startLine;
        StartColumn = startColumn;
        EndLine = endLine;
        EndColumn = endColumn;
    }

    /// <summary>First line, 1-based (起始行).</summary>
    public int StartLine { get; }

    /// <summary>First column, 1-based (起始列).</summary>
    public int StartColumn { get; }

    /// <summary>Last line, 1-based (结束行).</summary>
    public int EndLine { get; }

    /// <summary>Last column, 1-based, inclusive (结束列).</summary>
    public int EndColumn { get; }

    /// <summary>Formats as <c>12:5-12:48</c>.</summary>
    public override string ToString() => StartLine.ToString(CultureInfo.InvariantCulture) + ":" + StartColumn.ToString(CultureInfo.InvariantCulture) + "-" +
        EndLine.ToString(CultureInfo.InvariantCulture) + ":" + EndColumn.ToString(CultureInfo.InvariantCulture);
}

/// <summary>
/// One finding (诊断信息): which rule, how serious, a bilingual message with the numbers, the JSON Pointers of every
/// figure involved and, when the report was read from text, where the first of them was stated.
/// </summary>
public sealed record Diagnostic
{
    /// <summary>Stable rule id, e.g. <c>FA0101</c> (规则编号).</summary>
    public required string RuleId { get; init; }

    /// <summary>Severity after any override (严重程度).</summary>
    public required Severity Severity { get; init; }

    /// <summary>Rule family (规则类别).</summary>
    public required RuleCategory Category { get; init; }

    /// <summary>Message in Chinese, with the numbers (中文说明).</summary>
    public required string MessageZh { get; init; }

    /// <summary>Message in English, with the numbers (英文说明).</summary>
    public required string MessageEn { get; init; }

    /// <summary>JSON Pointers (RFC 6901) of every figure involved, the checked figure first (涉及的数据位置).</summary>
    public IReadOnlyList<string> Pointers { get; init => field = ValueList.From(value); } = ValueList.Empty<string>();

    /// <summary>Interval of the stated figure, e.g. the printed total (声明值区间).</summary>
    public DecimalInterval? Stated { get; init; }

    /// <summary>Interval computed from the other figures (计算值区间).</summary>
    public DecimalInterval? Computed { get; init; }

    /// <summary>Stated value minus the value computed from the printed figures (差额).</summary>
    public decimal? Difference { get; init; }

    /// <summary>Largest difference that rounding can explain (允许的舍入误差).</summary>
    public decimal? Slack { get; init; }

    /// <summary>Source location of the first pointer that has one (原文位置).</summary>
    public SourceSpan? Span { get; init; }

    /// <summary>Formats as <c>[Error] FA0101 /tables/... 中文 | English</c>.</summary>
    public override string ToString()
    {
        var sb = new StringBuilder();
        sb.Append('[').Append(Severity).Append("] ").Append(RuleId);
        if (Span is { } span)
        {
            sb.Append(' ').Append(span);
        }

        if (Pointers.Count > 0)
        {
            sb.Append(' ').Append(Pointers[0]);
        }

        sb.Append(' ').Append(MessageZh).Append(" | ").Append(MessageEn);
        return sb.ToString();
    }
}

/// <summary>One arithmetic check that ran (校验明细): which rule, on which figures, with what result.</summary>
public sealed record Verification
{
    /// <summary>Rule id (规则编号).</summary>
    public required string RuleId { get; init; }

    /// <summary>Passed or failed (结果).</summary>
    public required CheckOutcome Outcome { get; init; }

    /// <summary>Pointers of the figures, the checked one first (涉及的数据位置).</summary>
    public IReadOnlyList<string> Pointers { get; init => field = ValueList.From(value); } = ValueList.Empty<string>();

    /// <summary>Interval of the checked figure (声明值区间).</summary>
    public DecimalInterval? Stated { get; init; }

    /// <summary>Interval computed from the others (计算值区间).</summary>
    public DecimalInterval? Computed { get; init; }
}

/// <summary>Per-rule coverage (规则覆盖情况): how many checks passed, failed, did not apply or could not run.</summary>
public sealed record RuleCoverage
{
    /// <summary>The rule (规则).</summary>
    public required RuleDescriptor Rule { get; init; }

    /// <summary>
    /// Overall outcome: <see cref="CheckOutcome.Failed"/> if any check failed, else <see cref="CheckOutcome.Passed"/>
    /// if any passed, else <see cref="CheckOutcome.CouldNotRun"/> if any could not run, else not applicable (总体结果).
    /// </summary>
    public CheckOutcome Outcome => Failed > 0 ? CheckOutcome.Failed
        : Passed > 0 ? CheckOutcome.Passed
        : CouldNotRun > 0 ? CheckOutcome.CouldNotRun
        : CheckOutcome.NotApplicable;

    /// <summary>Checks that held (通过次数).</summary>
    public int Passed { get; init; }

    /// <summary>Checks that failed (未通过次数).</summary>
    public int Failed { get; init; }

    /// <summary>Checks whose obligation does not exist here (不适用次数).</summary>
    public int NotApplicable { get; init; }

    /// <summary>Checks that lacked data (无法检查次数).</summary>
    public int CouldNotRun { get; init; }

    /// <summary>Why checks could not run, e.g. the missing pointers (无法检查的原因); at most a few entries.</summary>
    public IReadOnlyList<string> Missing { get; init => field = ValueList.From(value); } = ValueList.Empty<string>();
}
