using System.Globalization;

namespace ContentAnalysis.Core.Autocoding;

/// <summary>
/// The words of one text: maximal runs of word characters, as .NET regex <c>\w</c> defines them (letters,
/// non-spacing marks, decimal digits, connector punctuation), so "word boundary" means what <c>\b</c> means.
/// Reused from text to text; not thread-safe.
/// </summary>
internal sealed class WordTokens
{
    private static readonly bool[] AsciiWord = CreateAsciiTable();

    private int[] _starts = new int[256];
    private int[] _ends = new int[256];

    /// <summary>The number of words found by the last <see cref="Split"/>.</summary>
    public int Count { get; private set; }

    /// <summary>The start offset of word <paramref name="index"/>.</summary>
    public int Start(int index) => _starts[index];

    /// <summary>The end offset (exclusive) of word <paramref name="index"/>.</summary>
    public int End(int index) => _ends[index];

    /// <summary>Whether <paramref name="c"/> is a word character (<c>\w</c>).</summary>
    public static bool IsWordChar(char c) => c < 128 ? AsciiWord[c] : IsWordCategory(char.GetUnicodeCategory(c));

    /// <summary>Finds the words of <paramref name="text"/>.</summary>
    public void Split(ReadOnlySpan<char> text)
    {
        var count = 0;
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !IsWordChar(text[i]))
            {
                i++;
            }

            if (i == text.Length)
            {
                break;
            }

            var start = i;
            while (i < text.Length && IsWordChar(text[i]))
            {
                i++;
            }

            if (count == _starts.Length)
            {
                Array.Resize(ref _starts, count * 2);
                Array.Resize(ref _ends, count * 2);
            }

            _starts[count] = start;
            _ends[count] = i;
            count++;
        }

        Count = count;
    }

    /// <summary>The index of the first word that ends after <paramref name="offset"/> (<see cref="Count"/> when none does).</summary>
    public int WordAt(int offset)
    {
        int low = 0, high = Count;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (_ends[mid] <= offset)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }

    private static bool IsWordCategory(UnicodeCategory category) => category is
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
        or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.NonSpacingMark
        or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.ConnectorPunctuation;

    private static bool[] CreateAsciiTable()
    {
        var table = new bool[128];
        for (var c = 0; c < 128; c++)
        {
            table[c] = IsWordCategory(char.GetUnicodeCategory((char)c));
        }

        return table;
    }
}
