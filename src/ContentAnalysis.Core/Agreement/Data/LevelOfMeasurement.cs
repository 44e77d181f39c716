namespace ContentAnalysis.Core.Agreement;

/// <summary>The level of measurement of the values, which decides the distance between two values.</summary>
public enum LevelOfMeasurement
{
    /// <summary>Values are names: equal or not.</summary>
    Nominal,

    /// <summary>Values are ranks: distance grows with the number of values between them.</summary>
    Ordinal,

    /// <summary>Values are numbers with equal intervals.</summary>
    Interval,

    /// <summary>Values are numbers with an absolute zero.</summary>
    Ratio,
}
