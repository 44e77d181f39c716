using System.Collections;
using System.Reflection;
using Fluid;

namespace ContentAnalysis.Core.Reporting;

/// <summary>
/// What a template may name: the report model's types, their public properties under snake_case names,
/// and the element types of their collections. Used to register members with Fluid and to check templates.
/// </summary>
internal sealed class TemplateModelShape
{
    private readonly Dictionary<Type, IReadOnlyDictionary<string, Type>> _members = [];

    public TemplateModelShape(Type root)
    {
        Root = root;
        Visit(root);
    }

    /// <summary>The model's type; its members are the template's top-level variables.</summary>
    public Type Root { get; }

    /// <summary>The object types whose members templates can read.</summary>
    public IEnumerable<Type> ObjectTypes => _members.Keys;

    /// <summary>The snake_case members of an object type, or null when the type is not an object of the model.</summary>
    public IReadOnlyDictionary<string, Type>? MembersOf(Type type) => _members.GetValueOrDefault(Unwrap(type));

    /// <summary>The element type when <paramref name="type"/> is a collection (not a string), else null.</summary>
    public static Type? ElementOf(Type type)
    {
        type = Unwrap(type);
        if (type == typeof(string))
        {
            return null;
        }

        if (type.IsArray)
        {
            return type.GetElementType();
        }

        var enumerable = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>)
            ? type
            : type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>));
        if (enumerable is not null)
        {
            return enumerable.GetGenericArguments()[0];
        }

        return typeof(IEnumerable).IsAssignableFrom(type) ? typeof(object) : null;
    }

    /// <summary>The value type of a string-keyed dictionary, else null.</summary>
    public static Type? DictionaryValueOf(Type type)
    {
        var dictionary = Unwrap(type).GetInterfaces().Append(Unwrap(type))
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>) && i.GetGenericArguments()[0] == typeof(string));
        return dictionary?.GetGenericArguments()[1];
    }

    /// <summary>Whether a type is a scalar: a number, text, flag, date or enum, with no members of its own.</summary>
    public static bool IsScalar(Type type)
    {
        type = Unwrap(type);
        return type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal)
            || type == typeof(DateTime) || type == typeof(DateTimeOffset) || type == typeof(DateOnly) || type == typeof(TimeSpan);
    }

    private static Type Unwrap(Type type) => Nullable.GetUnderlyingType(type) ?? type;

    private void Visit(Type type)
    {
        type = Unwrap(type);
        if (IsScalar(type) || type == typeof(object) || _members.ContainsKey(type))
        {
            return;
        }

        if (DictionaryValueOf(type) is { } value)
        {
            Visit(value);
            return;
        }

        if (ElementOf(type) is { } element)
        {
            Visit(element);
            return;
        }

        var members = new Dictionary<string, Type>(StringComparer.Ordinal);
        _members[type] = members;
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || property.Name == "EqualityContract")
            {
                continue;
            }

            members[MemberNameStrategies.RenameSnakeCase(property)] = property.PropertyType;
            Visit(property.PropertyType);
        }
    }
}
