namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 51 (perf51): a project's performance indicators written as lines of text, one level a line —
/// "一级指标：产出指标" / "二级指标：数量指标" / "三级指标：完成乡镇级规划编制；指标值：≥8个；实际完成值：9个；分值：15；得分：15" (blind
/// round 47 t07). The lines are often joined into one paragraph (no sentence end between them): each level is found by its
/// marker, each field of a 三级指标 line by its label, and a number field ends where its number does ("得分：15二级指标：…").
/// </summary>
/// <remarks>
/// Precision first: a 三级指标 line is whole only with its name, its weight (分值) and its score (得分) read as numbers under a
/// named 一级指标; the caller writes the indicators only when every line read is whole (otherwise a note).
/// </remarks>
internal static class IndicatorLines
{
    /// <summary>The field labels of a 三级指标 line, longest first within a kind.</summary>
    private static readonly (string Label, IndicatorField Field)[] FieldLabels =
    [
        ("年度指标值", IndicatorField.Target), ("预期指标值", IndicatorField.Target), ("指标值", IndicatorField.Target),
        ("目标值", IndicatorField.Target), ("实际完成值", IndicatorField.Actual), ("实际完成", IndicatorField.Actual),
        ("实际值", IndicatorField.Actual), ("完成值", IndicatorField.Actual), ("分值", IndicatorField.Weight),
        ("权重", IndicatorField.Weight), ("满分", IndicatorField.Weight), ("实际得分", IndicatorField.Score),
        ("得分", IndicatorField.Score),
    ];

    /// <summary>What a field of a 三级指标 line holds.</summary>
    internal enum IndicatorField
    {
        Target,
        Actual,
        Weight,
        Score,
    }

    /// <summary>A range [Start, End) of the text.</summary>
    internal readonly record struct Piece(int Start, int End)
    {
        /// <summary>The piece's text.</summary>
        public string Of(string text) => text.Substring(Start, End - Start);
    }

    /// <summary>One 三级指标 line: its levels' names, its own name and its fields' ranges (null when not written).</summary>
    internal sealed class Line
    {
        /// <summary>The 一级指标 the line stands under (产出指标, 效益指标…).</summary>
        public required string Level1 { get; init; }

        /// <summary>The 二级指标 the line stands under (数量指标, 质量指标…).</summary>
        public required string Level2 { get; init; }

        /// <summary>The 三级指标's own name.</summary>
        public required Piece Name { get; init; }

        /// <summary>The 指标值 (target) as written.</summary>
        public Piece? Target { get; set; }

        /// <summary>The 实际完成值 (actual) as written.</summary>
        public Piece? Actual { get; set; }

        /// <summary>The weight's digits (no 分).</summary>
        public Piece? Weight { get; set; }

        /// <summary>The score's digits (no 分).</summary>
        public Piece? Score { get; set; }

        /// <summary>Where the line ends (after its last field).</summary>
        public int End { get; set; }

        /// <summary>Whether the line is whole: a name, a weight and a score, under a named 一级指标.</summary>
        public bool Whole => Level1.Length > 0 && Name.End > Name.Start && Weight is not null && Score is not null;
    }

    /// <summary>The indicator lines of a paragraph: the lines, where the run starts and ends, the levels open at its end.</summary>
    internal sealed class Run
    {
        public List<Line> Lines { get; } = new();

        /// <summary>Where the first marker is (the text's length when none).</summary>
        public int Start { get; set; }

        /// <summary>Where the run ends: after the last field or level name read.</summary>
        public int End { get; set; }

        /// <summary>The 一级指标 open at the run's end (carried into the next paragraph).</summary>
        public string Level1 { get; set; } = string.Empty;

        /// <summary>The 二级指标 open at the run's end.</summary>
        public string Level2 { get; set; } = string.Empty;
    }

    /// <summary>Whether <paramref name="text"/> holds a level marker followed by ':' (一级指标: / 二级指标: / 三级指标:).</summary>
    public static bool HasMarker(string text) => NextMarker(text, 0, text.Length, out _, out _) >= 0;

    /// <summary>
    /// Reads the indicator lines of <paramref name="text"/>, with <paramref name="level1"/> and <paramref name="level2"/> open
    /// from the paragraphs before.
    /// </summary>
    public static Run Read(string text, string level1, string level2)
    {
        var run = new Run { Start = text.Length, End = 0, Level1 = level1, Level2 = level2 };
        var at = NextMarker(text, 0, text.Length, out var level, out var valueStart);
        if (at < 0)
        {
            return run;
        }

        run.Start = at;
        while (at >= 0)
        {
            var line = level == 2 ? ReadLine(text, valueStart, run) : null;
            int end;
            if (line is null)
            {
                end = ValueEnd(text, valueStart, nameField: true);
                var value = text.Substring(valueStart, end - valueStart).Trim();
                if (level == 0)
                {
                    (run.Level1, run.Level2) = (value, string.Empty);
                }
                else if (level == 1)
                {
                    run.Level2 = value;
                }
            }
            else
            {
                run.Lines.Add(line);
                end = line.End;
            }

            run.End = Math.Max(run.End, end);
            at = NextMarker(text, end, text.Length, out level, out valueStart);
        }

        return run;
    }

    /// <summary>A 三级指标 line from its name's start: the name, then "label:value" fields after ';' or ','.</summary>
    private static Line ReadLine(string text, int nameStart, Run run)
    {
        var nameEnd = ValueEnd(text, nameStart, nameField: true);
        var line = new Line
        {
            Level1 = run.Level1,
            Level2 = run.Level2,
            Name = Trimmed(text, nameStart, nameEnd),
            End = nameEnd,
        };
        var at = nameEnd;
        while (at < text.Length && text[at] is ';' or ',' && FieldAt(text, at + 1, out var field, out var valueStart))
        {
            if (field is IndicatorField.Weight or IndicatorField.Score)
            {
                var numberEnd = NumberEnd(text, valueStart);
                if (numberEnd == valueStart)
                {
                    line.End = valueStart;
                    return line;   // no number: the line is not whole
                }

                var digits = new Piece(valueStart, numberEnd);
                if (field == IndicatorField.Weight)
                {
                    line.Weight ??= digits;
                }
                else
                {
                    line.Score ??= digits;
                }

                at = numberEnd < text.Length && text[numberEnd] == '分' ? numberEnd + 1 : numberEnd;
            }
            else
            {
                var end = ValueEnd(text, valueStart, nameField: false);
                var value = Trimmed(text, valueStart, end);
                if (field == IndicatorField.Target)
                {
                    line.Target ??= value;
                }
                else
                {
                    line.Actual ??= value;
                }

                at = end;
            }

            line.End = at;
        }

        return line;
    }

    /// <summary>
    /// The next level marker followed by ':' in [<paramref name="from"/>, <paramref name="limit"/>) (its level 0–2 and where its
    /// value starts), or -1: one search for 指标, each hit checked for 一级/二级/三级 before it and ':' after it.
    /// </summary>
    private static int NextMarker(string text, int from, int limit, out int level, out int valueStart)
    {
        level = -1;
        valueStart = -1;
        for (var at = from + 2; at + 2 <= limit; at += 2)
        {
            at = text.IndexOf("指标", at, limit - at, StringComparison.Ordinal);
            if (at < 0)
            {
                return -1;
            }

            var colon = SkipSpaces(text, at + 2);
            if (text[at - 1] == '级' && text[at - 2] is '一' or '二' or '三' && colon < text.Length && text[colon] == ':')
            {
                level = text[at - 2] == '一' ? 0 : text[at - 2] == '二' ? 1 : 2;
                valueStart = SkipSpaces(text, colon + 1);
                return at - 2;
            }
        }

        return -1;
    }

    /// <summary>Whether a field label and its ':' start at <paramref name="at"/> (spaces before it skipped).</summary>
    private static bool FieldAt(string text, int at, out IndicatorField field, out int valueStart)
    {
        at = SkipSpaces(text, at);
        foreach (var (label, kind) in FieldLabels)
        {
            if (string.CompareOrdinal(text, at, label, 0, label.Length) == 0)
            {
                var colon = SkipSpaces(text, at + label.Length);
                if (colon < text.Length && text[colon] == ':')
                {
                    (field, valueStart) = (kind, SkipSpaces(text, colon + 1));
                    return true;
                }
            }
        }

        (field, valueStart) = (default, at);
        return false;
    }

    /// <summary>
    /// Where a name or a text value from <paramref name="from"/> ends: at the next ';' or '。', the next level marker, or a
    /// ',' before a field label; a level's or an indicator's name (<paramref name="nameField"/>) also at any ','.
    /// </summary>
    private static int ValueEnd(string text, int from, bool nameField)
    {
        var end = text.IndexOfAny([';', '。'], from);
        end = end < 0 ? text.Length : end;
        var marker = NextMarker(text, from, end, out _, out _);
        if (marker >= 0 && marker < end)
        {
            end = marker;
        }

        for (var comma = text.IndexOf(',', from, end - from); comma >= 0; comma = text.IndexOf(',', comma + 1, end - comma - 1))
        {
            if (nameField || FieldAt(text, comma + 1, out _, out _))
            {
                return comma;
            }
        }

        return end;
    }

    /// <summary>Where the number at <paramref name="at"/> ends (digits, one '.' and digits), or <paramref name="at"/>.</summary>
    private static int NumberEnd(string text, int at)
    {
        var i = at;
        while (i < text.Length && Scanner.IsDigit(text[i]))
        {
            i++;
        }

        if (i > at && i + 1 < text.Length && text[i] == '.' && Scanner.IsDigit(text[i + 1]))
        {
            i++;
            while (i < text.Length && Scanner.IsDigit(text[i]))
            {
                i++;
            }
        }

        return i;
    }

    private static int SkipSpaces(string text, int at)
    {
        while (at < text.Length && text[at] == ' ')
        {
            at++;
        }

        return at;
    }

    /// <summary>[start, end) without the spaces at either end.</summary>
    private static Piece Trimmed(string text, int start, int end)
    {
        start = SkipSpaces(text, start);
        while (end > start && text[end - 1] == ' ')
        {
            end--;
        }

        return new Piece(start, end);
    }
}
