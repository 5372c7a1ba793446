using PublicFinance.FinalAccounts.Classification;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 49 (blind round 46, t10): a level path written as the predicate of a clause — "…支出4180.00万元，为城乡社区支出（类）
/// 国有土地使用权出让收入安排的支出（款）城市建设支出（项）2120803" — had the copula read into its class name ("为城乡社区支出", a
/// false FA5003). An entry's class name that is a copula followed by a class name the catalogue knows is now that class name.
/// No class name starts with one of the copulas.
/// <para>Session 51 (lists51; blind round 47, t09): a bullet written before the level path — "——一般公共服务支出（类）…（项）
/// 2010350：年初预算…" — was read into the class name ("——一般公共服务支出", six false FA5003). No class name starts with a dash
/// or a bullet sign (<see cref="BulletSigns"/>): they are dropped before the copula is looked at.</para>
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The copulas a level path may follow in its clause.</summary>
    private const string Copulas = "为是系";

    /// <summary>
    /// <paramref name="className"/> without a copula (<see cref="Copulas"/>) before it when what follows is a class name of the
    /// catalogue (any year's) and the whole is not; otherwise as written (also null).
    /// </summary>
    internal static string? WithoutCopula(string? className)
    {
        className = WithoutBullet(className);
        if (className is not { Length: > 3 } || Copulas.IndexOf(className[0]) < 0)
        {
            return className;
        }

        var catalogue = ClassificationCatalogue.Default;
        if (IsClassName(catalogue, className))
        {
            return className;
        }

        var rest = className.Substring(1).Trim();
        return IsClassName(catalogue, rest) ? rest : className;
    }

    /// <summary>The dashes and bullet signs a list entry may open with ("——", "－", "·", "●"); no class name has one.</summary>
    private const string BulletSigns = "—–-－―·•●○■□◆◇▪►★☆※>＞";

    /// <summary><paramref name="className"/> without the dashes, bullet signs and spaces it opens with (null stays null).</summary>
    internal static string? WithoutBullet(string? className)
    {
        if (className is not { Length: > 0 } || BulletSigns.IndexOf(className[0]) < 0)
        {
            return className;
        }

        var start = 0;
        while (start < className.Length && (BulletSigns.IndexOf(className[start]) >= 0 || char.IsWhiteSpace(className[start])))
        {
            start++;
        }

        return start < className.Length ? className.Substring(start) : className;
    }

    /// <summary>Whether <paramref name="name"/> is the name of a 类 in any year's catalogue.</summary>
    private static bool IsClassName(ClassificationCatalogue catalogue, string name)
    {
        foreach (var code in catalogue.FindFunctionalByName(name, null))
        {
            if (code.Level == FunctionalLevel.Class)
            {
                return true;
            }
        }

        return false;
    }
}
