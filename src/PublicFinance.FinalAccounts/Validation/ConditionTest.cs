namespace PublicFinance.FinalAccounts.Validation;

/// <summary>The test of a leaf <see cref="Condition"/> (条件测试), spec §4.15.</summary>
public enum ConditionTest
{
    /// <summary>A non-null value, or a figure (有值).</summary>
    Present = 0,

    /// <summary>A string with a character that is not white space (非空文字).</summary>
    NonBlank = 1,

    /// <summary>A list with at least one element (非空列表).</summary>
    NonEmpty = 2,

    /// <summary>A number whose printed value is 0 (为零).</summary>
    Zero = 3,

    /// <summary>A number whose printed value is not 0 (不为零).</summary>
    NonZero = 4,

    /// <summary>A number whose printed value is above 0 (正数).</summary>
    Positive = 5,

    /// <summary>A number whose printed value is below 0 (负数).</summary>
    Negative = 6,

    /// <summary>A number whose printed value equals <see cref="Condition.Value"/> (等于某数).</summary>
    ValueEquals = 7,

    /// <summary>The text equals <see cref="Condition.Value"/> (文字相同).</summary>
    TextEquals = 8,

    /// <summary>The text equals the text at <see cref="Condition.Other"/> (与另一处文字相同).</summary>
    SameAs = 9,

    /// <summary>The printed value is below the printed value at <see cref="Condition.Other"/> (小于).</summary>
    LessThan = 10,

    /// <summary>The interval meets the interval at <see cref="Condition.Other"/> (区间相交).</summary>
    Meets = 11,

    /// <summary>The interval's upper bound is above <see cref="Condition.Value"/> (上限大于).</summary>
    UpperAbove = 12,

    /// <summary>The interval's upper bound is below <see cref="Condition.Value"/> (上限小于).</summary>
    UpperBelow = 13,

    /// <summary>The interval's lower bound is below <see cref="Condition.Value"/> (下限小于).</summary>
    LowerBelow = 14,

    /// <summary>The interval contains <see cref="Condition.Value"/> (区间包含).</summary>
    Covers = 15,

    /// <summary>Some amount lies strictly below the pointer (下有金额).</summary>
    ContainsAmount = 16,

    /// <summary>The value is an amount (是金额).</summary>
    Amount = 17,

    /// <summary>The pointer's last token equals <see cref="Condition.Value"/> (成员名).</summary>
    Named = 18,

    /// <summary>A token of the pointer before the last equals <see cref="Condition.Value"/> (位于某成员之下).</summary>
    Within = 19,

    /// <summary>The text starts with <see cref="Condition.Value"/> (以…开头).</summary>
    StartsWith = 20,

    /// <summary>The text has <see cref="Condition.Value"/> characters (长度).</summary>
    Length = 21,

    /// <summary>
    /// Some row of the list at <see cref="Condition.Other"/> has a <c>code</c> of <see cref="Condition.Value"/> characters
    /// that starts with the text (有下级科目).
    /// </summary>
    PrefixOfRow = 22,

    /// <summary>Some row of the list at <see cref="Condition.Other"/> has a <c>code</c> equal to the text (编码已列出).</summary>
    CodeListedIn = 23,

    /// <summary>
    /// Some row without a code of the list at <see cref="Condition.Other"/> has a <c>name</c> whose normalised form equals the
    /// text's (spec §4.4; 名称已列出).
    /// </summary>
    NameListedIn = 24,
}
