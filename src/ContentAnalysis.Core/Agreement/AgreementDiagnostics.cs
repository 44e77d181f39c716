namespace ContentAnalysis.Core.Agreement;

/// <summary>Diagnostic codes for agreement input (QCA4xxx), kept in one place; <c>docs/diagnostics.md</c> lists every code.</summary>
public static class AgreementDiagnostics
{
    /// <summary>The input file does not exist.</summary>
    public const string FileNotFound = "QCA4001";

    /// <summary>The input is not UTF-8.</summary>
    public const string NotUtf8 = "QCA4002";

    /// <summary>Quoting in the CSV is broken.</summary>
    public const string MalformedCsv = "QCA4003";

    /// <summary>The file has no rows, or no data rows.</summary>
    public const string Empty = "QCA4004";

    /// <summary>The header row is missing or has empty or duplicate names.</summary>
    public const string BadHeader = "QCA4005";

    /// <summary>A row has a different number of cells than the header.</summary>
    public const string RaggedRow = "QCA4006";

    /// <summary>Fewer than two coders.</summary>
    public const string TooFewCoders = "QCA4007";

    /// <summary>A value is not a number where numbers are required.</summary>
    public const string NotNumeric = "QCA4008";

    /// <summary>A label is missing from the given rank order.</summary>
    public const string NotInOrder = "QCA4009";

    /// <summary>A unit id occurs twice.</summary>
    public const string DuplicateUnit = "QCA4010";

    /// <summary><c>--coefficients</c> names an unknown coefficient.</summary>
    public const string UnknownCoefficient = "QCA4020";

    /// <summary>Fewer than two coders have journals, or <c>--coders</c> names fewer than two.</summary>
    public const string TooFewJournals = "QCA4021";

    /// <summary><c>--bootstrap</c> is negative or too small for an interval.</summary>
    public const string BadBootstrap = "QCA4024";

    /// <summary><c>--details</c> with <c>--format csv</c>: the details have no CSV form.</summary>
    public const string DetailsNotInCsv = "QCA4025";

    /// <summary><c>--significance</c> is not strictly between 0 and 1.</summary>
    public const string BadSignificance = "QCA4026";
}
