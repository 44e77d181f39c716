namespace ContentAnalysis.Core.Corpus;

/// <summary>Progress of an import: files and bytes done so far.</summary>
/// <param name="FilesDone">Files processed.</param>
/// <param name="FileCount">Files to process.</param>
/// <param name="BytesDone">Bytes processed.</param>
/// <param name="ByteCount">Bytes to process.</param>
/// <param name="CurrentFile">The file being processed.</param>
public sealed record CorpusImportProgress(int FilesDone, int FileCount, long BytesDone, long ByteCount, string CurrentFile);
