namespace ContentAnalysis.Core.Corpus;

/// <summary>Diagnostic codes of corpus import (QCA2xxx), kept in one place.</summary>
public static class CorpusDiagnostics
{
    /// <summary>A file is not valid UTF-8.</summary>
    public const string NotUtf8 = IO.IoDiagnostics.NotUtf8;

    /// <summary>A file to import does not exist or has an unsupported extension.</summary>
    public const string BadFile = "QCA2002";

    /// <summary>The front matter is not valid YAML or not a mapping.</summary>
    public const string BadFrontMatter = "QCA2003";

    /// <summary>A date is not <c>yyyy-MM-dd</c>.</summary>
    public const string BadDate = "QCA2004";

    /// <summary>A document id is invalid or used twice.</summary>
    public const string BadId = "QCA2005";

    /// <summary>A changed document's units carry codings.</summary>
    public const string CodedUnitsChanged = "QCA2006";

    /// <summary>The manifest CSV is malformed.</summary>
    public const string BadManifest = "QCA2007";

    /// <summary>A corpus table (documents.csv, units.csv) is malformed.</summary>
    public const string BadTable = "QCA2008";

    /// <summary>A document has no units.</summary>
    public const string NoUnits = "QCA2009";

    /// <summary>An unknown document or unit was requested.</summary>
    public const string UnknownDocument = "QCA2010";

    /// <summary>A document's period (front matter or manifest) is not one the project declares.</summary>
    public const string UnknownPeriod = "QCA2011";
}
