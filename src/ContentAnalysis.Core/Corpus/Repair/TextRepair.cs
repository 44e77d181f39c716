using System.Reflection;
using System.Text.RegularExpressions;

namespace ContentAnalysis.Core.Corpus;

/// <summary>
/// <c>--repair</c> for text extracted from a PDF elsewhere: numbered footnotes moved out of the body (blocks of their
/// own, a note cut after its first abbreviation, a note fused into a sentence), paragraphs cut at a page break joined
/// again, and words split at a ligature joined when the joined word is attested in the document itself or in the word
/// list shipped with qcat (never guessed from the fragments alone). Every change goes into the <see cref="RepairLog"/>.
/// </summary>
internal static partial class TextRepair
{
    private static readonly Lazy<HashSet<string>> WordList = new(LoadWordList);

    /// <summary>Repairs a cleaned body (LF lines, blocks separated by blank lines).</summary>
    public static (StructuredDocument Document, RepairLog Log) Repair(string body)
    {
        var log = new RepairLog();
        var blocks = Blocks().Split(body).Select(StructuredDocument.Collapse).Where(b => b.Length > 0).ToList();
        var notes = new List<string>();
        blocks = MoveFootnotes(blocks, notes, log);
        blocks = Rejoin(blocks, log);
        var attested = Attested(blocks.Concat(notes));
        var document = new StructuredDocument();
        foreach (var block in blocks)
        {
            var (paragraph, heading) = SplitHeading(block, log);
            document.AddParagraph(JoinLigatureGaps(paragraph, attested, log));
            if (heading is not null)
            {
                document.AddHeading(JoinLigatureGaps(heading, attested, log));
            }
        }

        document.Notes.AddRange(notes.Select(n => JoinLigatureGaps(n, attested, log)));
        return (document, log);
    }

    /// <summary>Numbered footnote blocks, and footnotes fused into a sentence, moved into <paramref name="notes"/>.</summary>
    private static List<string> MoveFootnotes(List<string> blocks, List<string> notes, RepairLog log)
    {
        var body = new List<string>();
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (NoteStart().IsMatch(block) && Citation().IsMatch(block))
            {
                Move(block);
                continue;
            }

            // "1 Th." / "De Waal, Black Garden …": a note cut after its first abbreviation.
            if (CutNoteStart().IsMatch(block) && i + 1 < blocks.Count && Citation().IsMatch(blocks[i + 1]) && !NoteNumber().IsMatch(blocks[i + 1]))
            {
                Move(block + " " + blocks[++i]);
                continue;
            }

            body.Add(FusedNote().Replace(block, m =>
            {
                Move(m.Groups[1].Value + " " + m.Groups[2].Value);
                return " ";
            }));
        }

        return body;

        void Move(string note)
        {
            notes.Add(note);
            log.Add(RepairLog.Footnote, note, StructuredDocument.NotesSection);
        }
    }

    /// <summary>A paragraph ending in a hyphen or without sentence-final punctuation, before one starting lower-case, joined to it.</summary>
    private static List<string> Rejoin(List<string> blocks, RepairLog log)
    {
        var result = new List<string>();
        foreach (var block in blocks)
        {
            if (result.Count == 0 || !char.IsLower(block[0]))
            {
                result.Add(block);
                continue;
            }

            var previous = result[^1];
            var hyphen = previous.Length > 1 && previous[^1] == '-' && char.IsLetter(previous[^2]);
            if (!hyphen && SentenceEnd().IsMatch(previous))
            {
                result.Add(block);
                continue;
            }

            var joined = hyphen ? previous[..^1] + block : previous + " " + block;
            log.Add(RepairLog.Paragraph, LastWord(previous) + " ¶ " + FirstWord(block), hyphen ? LastWord(previous)[..^1] + FirstWord(block) : LastWord(previous) + " " + FirstWord(block));
            result[^1] = joined;
        }

        return result;
    }

    /// <summary>
    /// A section heading pulled into the end of the paragraph before it (<c>… coercive diplomacy. Introduction</c>,
    /// <c>… in 2020. 1. Introduction</c>) split off as a heading of its own. Conservative (docs/decisions.md): only
    /// after sentence-final punctuation, only at the very end, and only a known heading word (optionally numbered) or
    /// a numbered (<c>2.</c>, <c>2.1</c>) head of at most six title-case words.
    /// </summary>
    private static (string Body, string? Heading) SplitHeading(string block, RepairLog log)
    {
        var match = FusedHeading().Match(block);
        if (!match.Success || match.Groups["head"].Length > MaxHeadingLength)
        {
            return (block, null);
        }

        var head = match.Groups["head"].Value;
        var body = block[..match.Groups["head"].Index].TrimEnd();
        log.Add(RepairLog.Heading, LastWords(body, 3) + " " + head, head);
        return (body, head);
    }

    /// <summary>The longest heading <see cref="SplitHeading"/> takes off a paragraph's end.</summary>
    private const int MaxHeadingLength = 60;

    private static string LastWords(string text, int count)
    {
        var start = text.Length;
        for (var i = 0; i < count && start > 0; i++)
        {
            start = text.LastIndexOf(' ', start - 1) is var space and >= 0 ? space : 0;
        }

        return text[start..].TrimStart();
    }

    /// <summary>Joins <c>confl ict</c> when one side has the ligature letters (ff, fi, fl) and the joined word is attested.</summary>
    private static string JoinLigatureGaps(string text, HashSet<string> attested, RepairLog log)
    {
        var words = Word().Matches(text);
        if (words.Count < 2)
        {
            return text;
        }

        var result = new System.Text.StringBuilder(text.Length);
        var copied = 0;
        for (var i = 0; i + 1 < words.Count; i++)
        {
            var (a, b) = (words[i], words[i + 1]);
            if (b.Index != a.Index + a.Length + 1 || text[a.Index + a.Length] != ' ' || !b.Value.All(char.IsLower)
                || !(LigatureEnd().IsMatch(a.Value) || LigatureStart().IsMatch(b.Value)))
            {
                continue;
            }

            var joined = a.Value + b.Value;
            var key = joined.ToLowerInvariant();
            if (!attested.Contains(key) && !WordList.Value.Contains(key))
            {
                continue;
            }

            result.Append(text, copied, a.Index - copied).Append(joined);
            copied = b.Index + b.Length;
            log.Add(RepairLog.Ligature, a.Value + " " + b.Value, joined);
            i++;
        }

        return copied == 0 ? text : result.Append(text, copied, text.Length - copied).ToString();
    }

    /// <summary>The words the document itself spells whole (lower case).</summary>
    private static HashSet<string> Attested(IEnumerable<string> blocks) =>
        blocks.SelectMany(b => Word().Matches(b).Select(m => m.Value.ToLowerInvariant())).ToHashSet(StringComparer.Ordinal);

    private static HashSet<string> LoadWordList()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("ContentAnalysis.Core.Corpus.Repair.words.txt")
            ?? throw new InvalidOperationException("the word list resource is missing from the build");
        using var reader = new StreamReader(stream);
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var word = line.Trim();
            if (word.Length > 0 && !word.StartsWith('#'))
            {
                words.Add(word.ToLowerInvariant());
            }
        }

        return words;
    }

    private static string LastWord(string text) => text[(text.LastIndexOf(' ') + 1)..];

    private static string FirstWord(string text) => text.IndexOf(' ') is var space and >= 0 ? text[..space] : text;

    [GeneratedRegex(@"\n[ \t]*\n\s*")]
    private static partial Regex Blocks();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();

    [GeneratedRegex("(?:ff|fi|fl)$")]
    private static partial Regex LigatureEnd();

    [GeneratedRegex("^(?:ff|fi|fl)")]
    private static partial Regex LigatureStart();

    // A note's number, then an initial ("S.", "Th."), "See", "Cf.", "Ibid." or a surname followed by a comma.
    [GeneratedRegex(@"^\d{1,3}\s+(?:\p{Lu}\p{Ll}{0,2}\.\s|See\s|Cf\.\s|Ibid\.?|\p{Lu}[\p{L}'’-]+,\s)")]
    private static partial Regex NoteStart();

    // A note cut right after its first abbreviation: "1 Th." alone.
    [GeneratedRegex(@"^\d{1,3}\s+\p{Lu}\p{Ll}{0,2}\.$")]
    private static partial Regex CutNoteStart();

    [GeneratedRegex(@"^\d{1,3}\s")]
    private static partial Regex NoteNumber();

    // What a reference looks like: a year, a page, ibid., op. cit., a web address or an access date.
    [GeneratedRegex(@"\b(?:1[5-9]|20)\d{2}\b|\bpp?\.\s*\d|\bibid\b|\bop\. cit\.|\baccessed\b|https?://|\bwww\.", RegexOptions.IgnoreCase)]
    private static partial Regex Citation();

    // A note fused into a sentence: " 12 S. Wezeman, … [accessed: 15 v 2021]. " between two halves of the sentence.
    [GeneratedRegex(@"\s(\d{1,3})\s((?:\p{Lu}\p{Ll}{0,2}\.|See|Cf\.|Ibid\.?)\s[^\[]*?(?:\[accessed[^\]]*\]|https?://\S+)\.?)\s(?=\p{Ll})")]
    private static partial Regex FusedNote();

    [GeneratedRegex(@"[.!?…:;][""”’)\]]*$")]
    private static partial Regex SentenceEnd();

    // At least a few words of paragraph, a sentence end, then the head: a known heading word (numbered or not), or a
    // numbered head ("2.", "2.1", "II.") of one to six words that start upper case (small words between allowed).
    [GeneratedRegex(@"^\S.{10,}?[.!?…][""”’)\]]*\s+(?<head>(?:(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVX]{1,4}\.)\s+)?(?:Introduction|Conclusions?|Concluding remarks|Background|Methods|Methodology|Results|Discussion|Summary|References|Bibliography|Acknowledge?ments|Literature review|Literature Review)|(?:\d{1,2}(?:\.\d{1,2})*\.|[IVX]{1,4}\.)\s+\p{Lu}[\p{L}’'-]*(?:\s+(?:\p{Lu}[\p{L}’'-]*|of|and|the|in|on|for|to|a|an|with|between|after|from)){0,5})$")]
    private static partial Regex FusedHeading();
}
