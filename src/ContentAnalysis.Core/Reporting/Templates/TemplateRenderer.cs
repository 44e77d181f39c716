using System.Globalization;
using ContentAnalysis.Core.Diagnostics;
using Fluid;

namespace ContentAnalysis.Core.Reporting;

/// <summary>
/// Renders Liquid templates (Fluid) against a report model. A template in the templates folder wins over the
/// default of the same name. Templates see only the model: its public properties as snake_case variables, and
/// the members of the model's own types. Unknown variables, members and filters are located errors.
/// </summary>
public sealed partial class TemplateRenderer
{
    private static readonly FluidParser Parser = new();
    private readonly TemplateCatalog _defaults;
    private readonly TemplateOptions _options;
    private readonly TemplateChecker _checker;

    /// <summary>Creates a renderer for models of type <paramref name="modelType"/>.</summary>
    /// <param name="defaults">The default templates (usually <see cref="TemplateCatalog.Reports"/>).</param>
    /// <param name="modelType">The report model's type; only its types are visible to templates.</param>
    /// <param name="templatesDirectory">A folder whose <c>*.liquid</c> files override the defaults, or null.</param>
    public TemplateRenderer(TemplateCatalog defaults, Type modelType, string? templatesDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(defaults);
        ArgumentNullException.ThrowIfNull(modelType);
        _defaults = defaults;
        ModelType = modelType;
        TemplatesDirectory = templatesDirectory;
        var shape = new TemplateModelShape(modelType);
        _options = new TemplateOptions
        {
            MemberAccessStrategy = new DefaultMemberAccessStrategy { MemberNameStrategy = MemberNameStrategies.SnakeCase },
            ModelNamesComparer = StringComparer.Ordinal,
            // Fluid 2.41's strict mode also throws for a member whose value is null (a missing interval), so
            // unknown names are found by TemplateChecker before rendering instead.
            StrictVariables = false,
            StrictFilters = true,
            CultureInfo = CultureInfo.InvariantCulture,
            TimeZone = TimeZoneInfo.Utc,
            MaxRecursion = 20,
        };
        foreach (var type in shape.ObjectTypes)
        {
            _options.MemberAccessStrategy.Register(type);
        }

        TemplateFilters.Register(_options.Filters);
        _checker = new TemplateChecker(shape, _options.Filters);
    }

    /// <summary>The model type templates are checked against.</summary>
    public Type ModelType { get; }

    /// <summary>The folder of user templates, or null.</summary>
    public string? TemplatesDirectory { get; }

    /// <summary>Checks template <paramref name="name"/> without rendering it: syntax, variables, members, filters.</summary>
    public IReadOnlyList<Diagnostic> Check(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        var (text, source, problem) = Resolve(name);
        if (text is null)
        {
            return [problem!];
        }

        return Parse(text, source, out _) is { } syntax ? [syntax] : _checker.Check(text, source);
    }

    /// <summary>Renders template <paramref name="name"/> with <paramref name="model"/>.</summary>
    /// <exception cref="ArgumentException">The model is not of the renderer's model type.</exception>
    public TemplateResult Render(string name, object model, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(model);
        if (!ModelType.IsInstanceOfType(model))
        {
            throw new ArgumentException($"The model is a {model.GetType().Name}, not a {ModelType.Name}.", nameof(model));
        }

        cancellationToken.ThrowIfCancellationRequested();
        var (text, source, problem) = Resolve(name);
        if (text is null)
        {
            return new TemplateResult(null, TemplateName.Normalise(name), [problem!]);
        }

        if (Parse(text, source, out var template) is { } syntax)
        {
            return new TemplateResult(null, source, [syntax]);
        }

        var diagnostics = _checker.Check(text, source);
        if (diagnostics.Count > 0)
        {
            return new TemplateResult(null, source, diagnostics);
        }

        return RenderChecked(template!, model, source);
    }

    private (string? Text, string Source, Diagnostic? Problem) Resolve(string name)
    {
        var file = TemplateName.Normalise(name);
        if (TemplatesDirectory is not null)
        {
            var path = Path.Combine(TemplatesDirectory, file);
            if (File.Exists(path))
            {
                return (File.ReadAllText(path), path, null);
            }
        }

        if (_defaults.Find(file) is { } builtIn)
        {
            return (builtIn, "<built-in>/" + file, null);
        }

        var known = _defaults.Names.Select(n => n[..^TemplateName.Extension.Length]).ToList();
        return (null, file, TemplateDiagnostics.TemplateNotFound(name, file, known, TemplatesDirectory));
    }
}
