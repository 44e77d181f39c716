namespace ContentAnalysis.Core.Coding;

/// <summary>Layouts of coding tables for import and export.</summary>
public enum CodingsFileFormat
{
    /// <summary>One row per unit × dimension: <c>unit,dimension,value[,memo]</c>.</summary>
    Long,

    /// <summary>One row per unit, one column per dimension: <c>unit,dim1,dim2,…</c>.</summary>
    Wide,

    /// <summary>One row per unit, one column per coder, for one dimension: <c>unit,coderA,coderB,…</c> (export only).</summary>
    Matrix,
}
