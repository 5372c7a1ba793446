using System.CommandLine;

namespace PublicFinance.FinalAccounts.Cli;

/// <summary>Builders for options whose bad values are reported naming the bad part (选项构造).</summary>
internal static class CliOptions
{
    /// <summary>An option taking one of <paramref name="values"/>: “xml is not one of text|json|sarif”.</summary>
    public static Option<string> Choice(string name, string description, string defaultValue, params string[] values)
    {
        var option = new Option<string>(name)
        {
            Description = description,
            DefaultValueFactory = _ => defaultValue,
            HelpName = string.Join("|", values),
        };
        option.CompletionSources.Add(values);
        option.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string>();
            if (!values.Contains(value, StringComparer.Ordinal))
            {
                result.AddError(CliMessages.NotOneOf(name, value, values));
            }
        });
        return option;
    }

    /// <summary>
    /// An option taking a whole number from <paramref name="min"/> to <paramref name="max"/> (kept as text so a bad value is named).
    /// </summary>
    public static Option<string?> Number(string name, string description, string helpName, int min, int max)
    {
        var option = new Option<string?>(name) { Description = description, HelpName = helpName };
        option.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string?>();
            if (value is not null && !TryNumber(value, min, max, out _))
            {
                result.AddError(CliMessages.NotWholeNumber(name, value, min, max));
            }
        });
        return option;
    }

    /// <summary>Parses a number validated by <see cref="Number"/>.</summary>
    public static bool TryNumber(string? value, int min, int max, out int number) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out number) && number >= min && number <= max;

    /// <summary>A flag (no value).</summary>
    public static Option<bool> Flag(string name, string description) => new(name) { Description = description };

    /// <summary>A repeatable option whose values may also be comma lists (<c>--disable FA1,FA2 --disable FA3</c>).</summary>
    public static Option<string[]> List(string name, string description, string helpName) =>
        new(name)
        {
            Description = description,
            HelpName = helpName,
            Arity = ArgumentArity.OneOrMore,
            AllowMultipleArgumentsPerToken = false,
        };

    /// <summary>The values of a <see cref="List"/> option, comma lists split, blanks dropped.</summary>
    public static string[] Values(ParseResult parse, Option<string[]> option) =>
        [
            .. (parse.GetValue(option) ?? [])
                .SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)),
        ];
}
