using ContentAnalysis.Core.Codebooks;

namespace ContentAnalysis.Core.Exchange;

/// <summary>A codebook read from a REFI-QDA file, as a model and as the YAML text to save.</summary>
/// <param name="Codebook">The codebook (its content hash computed from the YAML).</param>
/// <param name="Yaml">The codebook file's text.</param>
/// <param name="Codes">How many codes the file had.</param>
public sealed record CodebookImport(Codebook Codebook, string Yaml, int Codes);
