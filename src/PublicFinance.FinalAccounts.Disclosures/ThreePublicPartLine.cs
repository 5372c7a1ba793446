namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 52 (order52; blind round 48 t05): whether a line starts with one part of the 三公 经费 named before its colon
/// ("因公出国（境）费：无", "公务用车运行维护费：6.48万元，与上年持平", "公务接待费：0.95万元…") or with the vehicles held
/// ("年末公务用车保有量3辆…"). Such a line is a statement of its own: when the paragraph before it ends without "。" (a text
/// whose paragraphs end without one), joined, its figures were read as the words of the reason before it ("因压减公务活动、
/// 优先使用公共交通因公出国（境）费：无公务用车购置费：无…") and every part of the 三公 was lost.
/// </summary>
internal static class ThreePublicPartLine
{
    /// <summary>The names of the 三公 parts a line may open with before its colon (normalised brackets).</summary>
    private static readonly string[] PartNames =
    [
        "因公出国(境)费", "因公出国费", "公务用车购置及运行维护费", "公务用车购置及运行费", "公务用车购置费", "公务用车运行维护费",
        "公务用车运行费", "公务接待费",
    ];

    /// <summary>The words of the vehicles held a line may open with (no colon after them).</summary>
    private static readonly string[] HeldVehicleOpenings = ["年末公务用车保有量", "公务用车保有量", "截至年末公务用车保有量"];

    /// <summary>Whether the line [<paramref name="s"/>, <paramref name="e"/>) of <paramref name="text"/> opens so.</summary>
    internal static bool Starts(string text, int s, int e)
    {
        foreach (var name in PartNames)
        {
            var end = s + name.Length;
            if (end < e && text[end] is ':' or '：' && string.CompareOrdinal(text, s, name, 0, name.Length) == 0)
            {
                return true;
            }
        }

        foreach (var opening in HeldVehicleOpenings)
        {
            if (opening.Length < e - s && string.CompareOrdinal(text, s, opening, 0, opening.Length) == 0)
            {
                return true;
            }
        }

        return false;
    }
}
