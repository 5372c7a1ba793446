namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// The narrative's pointers and subjects asked again (叙述指针, session 44, issue 8): a figure-dense text that states 本年收入
/// and 财政拨款收入 in every sentence joined "/narrative/" to the same two targets thousands of times (≈ 2.8 B a byte of
/// such text), and stripped and resolved the same change label ("，比上年增加") in every sentence to find the figure it
/// names. Both are kept for the last few questions (<see cref="RecentAnswers{TKey, TValue}"/>): the same values, so every
/// comparison and look-up of the subject answers as before.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>How many answers are kept: the dense kind of sentence states two or three figures in turn.</summary>
    private const int RecentMemory = 4;

    /// <summary>The pointers joined last, by target; null until the first.</summary>
    private RecentAnswers<string, string>? narrativePointers;

    /// <summary>
    /// <see cref="SubjectFrom"/>'s last answers, by the label and what else the answer reads (the section, and the entity's
    /// name that a 政府采购 label is read without); null until the first.
    /// </summary>
    private RecentAnswers<(string Label, Section Section, string? Entity), string?>? subjectsFrom;

    /// <summary><see cref="N"/> + <paramref name="target"/>: the same value, one string for a target met again soon.</summary>
    private string Under(string target)
        => (narrativePointers ??= new RecentAnswers<string, string>(RecentMemory)).Get(target, static t => N + t);

    /// <summary>The figure a label names once budget and direction words are taken out, if any (<see cref="SubjectRead"/>).</summary>
    private string? SubjectFrom(string label)
    {
        var answers = subjectsFrom ??= new RecentAnswers<(string, Section, string?), string?>(RecentMemory);
        var key = (label, section, EntityName);
        return answers.TryGet(key, out var subject) ? subject : answers.Add(key, SubjectRead(label));
    }
}
