using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Numerics;
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
    private static readonly MethodInfo NumberParserMethod = typeof(OptionValues).GetMethod(nameof(UseNumberParser), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo NullableNumberParserMethod = typeof(OptionValues).GetMethod(nameof(UseNullableNumberParser), BindingFlags.NonPublic | BindingFlags.Static)!;

    // The number types options use, with what their parser says it expects.
    private static readonly Dictionary<Type, string> NumberTypes = new()
    {
        [typeof(int)] = CliMessages.WholeNumber,
        [typeof(long)] = CliMessages.WholeNumber,
        [typeof(double)] = CliMessages.Number,
    };

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
        var type = Nullable.GetUnderlyingType(option.ValueType) ?? option.ValueType;
        var nullable = type != option.ValueType;
        var method = type.IsEnum ? (nullable ? NullableEnumParserMethod : EnumParserMethod)
            : NumberTypes.ContainsKey(type) ? (nullable ? NullableNumberParserMethod : NumberParserMethod)
            : null;
        method?.MakeGenericMethod(type).Invoke(null, [option]);
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

    private static void UseNumberParser<T>(Option<T> option)
        where T : struct, INumber<T>
    {
        option.CustomParser ??= result => ParseNumber<T>(result, option.Name);
    }

    private static void UseNullableNumberParser<T>(Option<T?> option)
        where T : struct, INumber<T>
    {
        option.CustomParser ??= result => ParseNumber<T>(result, option.Name);
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

    // Whole-number types take integers only; double takes decimals and exponents.
    private static T ParseNumber<T>(ArgumentResult result, string name)
        where T : struct, INumber<T>
    {
        var token = Token(result);
        var expected = NumberTypes[typeof(T)];
        if (T.TryParse(token, expected == CliMessages.WholeNumber ? NumberStyles.Integer : NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        result.AddError(CliMessages.Expects(name, expected, token));
        return default;
    }

    // An option given twice keeps its last value, as System.CommandLine does for a single value.
    private static string Token(ArgumentResult result) => result.Tokens.Count > 0 ? result.Tokens[^1].Value : string.Empty;
}
