using ContentAnalysis.Core.Diagnostics;

namespace ContentAnalysis.Core.Reporting;

internal sealed partial class TemplateChecker
{
    /// <summary>One pass over one template: the variables in scope and the diagnostics found.</summary>
    private sealed class Run
    {
        // A variable whose type is unknown (assigned from a filter, say): anything may follow it.
        private static readonly Type Unknown = typeof(object);
        private static readonly Type Loop = typeof(Run);

        private readonly TemplateChecker _checker;
        private readonly string _source;
        private readonly string _file;
        private readonly Dictionary<string, Type> _scope = new(StringComparer.Ordinal);

        public Run(TemplateChecker checker, string source, string file)
        {
            _checker = checker;
            _source = source;
            _file = file;
            foreach (var (name, type) in checker._shape.MembersOf(checker._shape.Root) ?? new Dictionary<string, Type>())
            {
                _scope[name] = type;
            }
        }

        public List<Diagnostic> Diagnostics { get; } = [];

        public void Visit(TemplateTokenizer.Markup markup)
        {
            var tokens = markup.Tokens;
            if (!markup.IsTag)
            {
                Expression(tokens, 0);
                return;
            }

            if (tokens.Count == 0 || tokens[0].Kind != TemplateTokenKind.Identifier)
            {
                return;
            }

            switch (tokens[0].Text)
            {
                case "if" or "elsif" or "unless" or "case" or "when" or "echo" or "cycle":
                    Expression(tokens, 1);
                    break;
                case "for" or "tablerow" when tokens.Count >= 4 && tokens[2].Text == "in":
                    var element = Expression(tokens, 3) is { } collection ? TemplateModelShape.ElementOf(collection) ?? Unknown : Unknown;
                    _scope[tokens[1].Text] = element;
                    _scope[tokens[0].Text == "for" ? "forloop" : "tablerowloop"] = Loop;
                    break;
                case "assign" when tokens.Count >= 3:
                    var simple = !tokens.Skip(3).Any(t => t.Is("|"));
                    var type = Expression(tokens, 3);
                    _scope[tokens[1].Text] = simple && type is not null ? type : Unknown;
                    break;
                case "capture" when tokens.Count >= 2:
                    _scope[tokens[1].Text] = typeof(string);
                    break;
                case "increment" or "decrement" when tokens.Count >= 2:
                    _scope[tokens[1].Text] = typeof(int);
                    break;
                default:
                    break;
            }
        }

        // Checks every path and filter from tokens[start]; returns the type of the first path when the expression is one.
        private Type? Expression(IReadOnlyList<TemplateToken> tokens, int start)
        {
            Type? first = null;
            var seenPath = false;
            var i = start;
            while (i < tokens.Count)
            {
                var token = tokens[i];
                if (token.Is("|") && i + 1 < tokens.Count)
                {
                    var filter = tokens[i + 1];
                    if (!_checker._filters.TryGetValue(filter.Text, out _))
                    {
                        Diagnostics.Add(TemplateDiagnostics.FilterUnknown(filter.Text, [.. _checker._filters.Select(f => f.Key)], At(filter.Offset)));
                    }

                    i += 2;
                    continue;
                }

                var isPathStart = token.Kind == TemplateTokenKind.Identifier && !Keywords.Contains(token.Text)
                    && !(i + 1 < tokens.Count && tokens[i + 1].Is(":"));
                if (!isPathStart)
                {
                    i++;
                    continue;
                }

                var type = Path(tokens, ref i);
                if (!seenPath)
                {
                    (first, seenPath) = (type, true);
                }
            }

            return first;
        }

        private Type? Path(IReadOnlyList<TemplateToken> tokens, ref int i)
        {
            var root = tokens[i];
            i++;
            if (!_scope.TryGetValue(root.Text, out var type))
            {
                Diagnostics.Add(TemplateDiagnostics.VariableUnknown(root.Text, _scope.Keys, At(root.Offset)));
                SkipPath(tokens, ref i);
                return null;
            }

            var path = root.Text;
            while (i < tokens.Count)
            {
                if (tokens[i].Is(".") && i + 1 < tokens.Count && tokens[i + 1].Kind == TemplateTokenKind.Identifier)
                {
                    var member = tokens[i + 1];
                    i += 2;
                    if (type is null)
                    {
                        continue;
                    }

                    type = Member(type, member, path);
                    path += "." + member.Text;
                }
                else if (tokens[i].Is("["))
                {
                    var close = i + 1;
                    var depth = 1;
                    while (close < tokens.Count && depth > 0)
                    {
                        depth += tokens[close].Is("[") ? 1 : tokens[close].Is("]") ? -1 : 0;
                        close++;
                    }

                    _ = Expression([.. tokens.Skip(i + 1).Take(close - i - 2)], 0);
                    i = close;
                    type = type is null || type == Unknown ? type
                        : TemplateModelShape.DictionaryValueOf(type) ?? TemplateModelShape.ElementOf(type) ?? Unknown;
                    path += "[]";
                }
                else
                {
                    break;
                }
            }

            return type;
        }

        private Type? Member(Type type, TemplateToken member, string path)
        {
            if (type == Unknown)
            {
                return Unknown;
            }

            IReadOnlyDictionary<string, Type>? members = type == Loop ? LoopMembers : _checker._shape.MembersOf(type);
            if (members is null)
            {
                if (TemplateModelShape.DictionaryValueOf(type) is { } value)
                {
                    return member.Text == "size" ? typeof(int) : value;
                }

                if (TemplateModelShape.ElementOf(type) is { } element)
                {
                    members = new Dictionary<string, Type>(StringComparer.Ordinal) { ["size"] = typeof(int), ["first"] = element, ["last"] = element };
                }
                else if (type == typeof(string))
                {
                    members = new Dictionary<string, Type>(StringComparer.Ordinal) { ["size"] = typeof(int) };
                }
                else if (TemplateModelShape.IsScalar(type))
                {
                    members = new Dictionary<string, Type>(StringComparer.Ordinal);
                }
                else
                {
                    return Unknown;
                }
            }

            if (members.TryGetValue(member.Text, out var found))
            {
                return found;
            }

            Diagnostics.Add(TemplateDiagnostics.MemberUnknown(member.Text, path, [.. members.Keys], At(member.Offset)));
            return null;
        }

        private static void SkipPath(IReadOnlyList<TemplateToken> tokens, ref int i)
        {
            while (i < tokens.Count && (tokens[i].Is(".") || tokens[i].Is("[") || tokens[i].Is("]")
                || (i > 0 && tokens[i - 1].Is(".") && tokens[i].Kind == TemplateTokenKind.Identifier)))
            {
                i++;
            }
        }

        private SourceLocation At(int offset)
        {
            var (line, column) = TextPosition.Of(_source, offset);
            return new SourceLocation(_file, line, column);
        }
    }
}
