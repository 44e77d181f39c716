using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Reflection;

namespace ContentAnalysis.Cli;

/// <summary>
/// Parsers for option values that say, in <see cref="CliMessages"/>' words, what was expected: System.CommandLine
/// reports a parse error with its symbol, so nothing downstream needs to read the library's own message text.
/// </summary>
internal static class OptionValues
{
    private static readonly MethodInfo EnumParserMethod = typeof(OptionValues).GetMethod(nameof(UseEnumParser), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo NullableEnumParserMethod = typeof(OptionValues).GetMethod(nameof(UseNullableEnumParser), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <summary>Limits an enum option to <paramref name="allowed"/>, typed in lower case.</summary>
    public static void OneOf<T>(Option<T> option, params T[] allowed)
        where T : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(option);
        var names = allowed.Select(v => v.ToString().ToLowerInvariant()).ToArray();
        option.CompletionSources.Add(names);
        option.CustomParser = result => ParseEnum(result, option.Name, allowed);
    }

    /// <summary>Gives every number and enum option of the tree (without a parser of its own) one that names what it expects.</summary>
    public static void UseExpectingParsers(Command root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var commands = new Stack<Command>([root]);
        while (commands.TryPop(out var command))
        {
            foreach (var sub in command.Subcommands)
            {
                commands.Push(sub);
            }

            foreach (var option in command.Options)
            {
                UseExpectingParser(option);
            }
        }
    }

    private static void UseExpectingParser(Option option)
    {
        switch (option)
        {
            case Option<int> { CustomParser: null } number:
                number.CustomParser = r => ParseNumber<int>(r, number.Name, CliMessages.WholeNumber, s => int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : null);
                break;
            case Option<int?> { CustomParser: null } number:
                number.CustomParser = r => ParseNumber<int>(r, number.Name, CliMessages.WholeNumber, s => int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : null);
                break;
            case Option<long> { CustomParser: null } number:
                number.CustomParser = r => ParseNumber<long>(r, number.Name, CliMessages.WholeNumber, s => long.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : null);
                break;
            case Option<long?> { CustomParser: null } number:
                number.CustomParser = r => ParseNumber<long>(r, number.Name, CliMessages.WholeNumber, s => long.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : null);
                break;
            case Option<double> { CustomParser: null } number:
                number.CustomParser = r => ParseNumber<double>(r, number.Name, CliMessages.Number, s => double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null);
                break;
            case Option<double?> { CustomParser: null } number:
                number.CustomParser = r => ParseNumber<double>(r, number.Name, CliMessages.Number, s => double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null);
                break;
            default:
                var type = Nullable.GetUnderlyingType(option.ValueType) ?? option.ValueType;
                if (type.IsEnum)
                {
                    (type == option.ValueType ? EnumParserMethod : NullableEnumParserMethod).MakeGenericMethod(type).Invoke(null, [option]);
                }

                break;
        }
    }

    private static void UseEnumParser<T>(Option<T> option)
        where T : struct, Enum
    {
        option.CustomParser ??= result => ParseEnum(result, option.Name, Enum.GetValues<T>());
    }

    private static void UseNullableEnumParser<T>(Option<T?> option)
        where T : struct, Enum
    {
        option.CustomParser ??= result => ParseEnum(result, option.Name, Enum.GetValues<T>());
    }

    private static T ParseEnum<T>(ArgumentResult result, string name, T[] allowed)
        where T : struct, Enum
    {
        var token = Token(result);
        foreach (var value in allowed)
        {
            if (string.Equals(value.ToString(), token, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        result.AddError(CliMessages.Expects(name, CliMessages.OneOf(allowed.Select(v => v.ToString().ToLowerInvariant())), token));
        return default;
    }

    private static T ParseNumber<T>(ArgumentResult result, string name, string expected, Func<string, T?> parse)
        where T : struct
    {
        var token = Token(result);
        if (parse(token) is { } value)
        {
            return value;
        }

        result.AddError(CliMessages.Expects(name, expected, token));
        return default;
    }

    // An option given twice keeps its last value, as System.CommandLine does for a single value.
    private static string Token(ArgumentResult result) => result.Tokens.Count > 0 ? result.Tokens[^1].Value : string.Empty;
}
