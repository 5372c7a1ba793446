using System.CommandLine;
using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Cli;

/// <summary><c>finacct rules list</c> and <c>finacct rules describe FA…</c> (规则目录): the rules a check can report.</summary>
internal static class RulesCommand
{
    /// <summary>Creates the command with its two subcommands.</summary>
    public static Command Create(CliContext context)
    {
        var rules = new Command("rules", "The rules a check can report (规则目录)");

        var format = CliOptions.Choice("--format", "Output format (输出格式)", "text", "text", "json");
        var list = new Command("list", "List every rule: id, default severity, category, titles (列出全部规则)") { format };
        list.SetAction(parse =>
        {
            context.Out.Write(parse.GetValue(format) == "json" ? ValidationJson.WriteCatalogue() : List());
            return CommandLine.Success;
        });

        var ids = new Argument<string[]>("ids") { Description = "Rule ids, e.g. FA1206 (规则编号)", Arity = ArgumentArity.OneOrMore };
        var describe = new Command("describe", "Describe rules: titles, formula, basis, severity (规则说明)") { ids };
        describe.SetAction(parse =>
        {
            var code = CommandLine.Success;
            foreach (var id in parse.GetValue(ids) ?? [])
            {
                if (RuleIndex.TryGet(id, out var rule))
                {
                    context.Out.Write(Describe(rule));
                }
                else
                {
                    context.Error.WriteLine("error: " + CliMessages.UnknownRule("describe", id));
                    code = CommandLine.BadInput;
                }
            }

            return code;
        });

        rules.Subcommands.Add(list);
        rules.Subcommands.Add(describe);
        return rules;
    }

    private static string List()
    {
        var sb = new StringBuilder();
        foreach (var rule in RuleIndex.All)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{rule.Id} {Letter(rule.DefaultSeverity)} {rule.Category,-16} ")
                .Append(rule.TitleZh).Append(" / ").Append(rule.TitleEn).Append('\n');
        }

        sb.Append(CultureInfo.InvariantCulture, $"{RuleIndex.All.Count} 条规则 rules (E 错误 error, W 警告 warning, I 提示 info)\n");
        return sb.ToString();
    }

    private static string Describe(RuleDescriptor rule)
    {
        var implementation = TextRules.All.Any(t => t.Id == rule.Id) ? "text reader 文本读取器"
            : RuleCatalogue.TryGetRule(rule.Id, out var r) && r is RelationRule ? "relations data 关系数据" : "code 代码";
        return $"{rule.Id} {rule.TitleZh}\n" +
            $"  {rule.TitleEn}\n" +
            $"  类别 Category: {rule.Category}\n" +
            $"  默认严重程度 Default severity: {rule.DefaultSeverity}\n" +
            $"  公式 Formula: {rule.Formula}\n" +
            $"  依据 Basis: {rule.Basis}\n" +
            $"  实现 Implementation: {implementation}\n" +
            $"  说明 Documentation: {SarifOutput.RuleUri(rule.Id)}\n";
    }

    private static char Letter(Severity severity) => severity switch { Severity.Error => 'E', Severity.Warning => 'W', _ => 'I' };
}
