using System.Diagnostics.CodeAnalysis;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.PdfFonts;
using UglyToad.PdfPig.Tokens;

namespace ContentAnalysis.Core.Corpus;

/// <summary>
/// A font that remembers, per character code, its text and its glyph box, which PdfPig asks for on every glyph drawn
/// (for the standard 14 fonts each ask looks a glyph name up in the font metrics and builds a new box). Both are
/// functions of the code alone, so the answers are the font's own. Only horizontal fonts other than Type 3 are wrapped:
/// PdfPig's processor looks for the vertical and Type 3 interfaces on the font object itself.
/// </summary>
internal sealed class PdfFontMemo : IFont
{
    private const int Bytes = 256;

    private readonly IFont _font;
    private readonly string?[] _texts = new string?[Bytes];
    private readonly byte[] _textKnown = new byte[Bytes];
    private readonly CharacterBoundingBox?[] _boxes = new CharacterBoundingBox?[Bytes];
    private Dictionary<int, string?>? _otherTexts;
    private Dictionary<int, CharacterBoundingBox>? _otherBoxes;

    private PdfFontMemo(IFont font) => _font = font;

    /// <inheritdoc/>
    public NameToken? Name => _font.Name;

    /// <inheritdoc/>
    public bool IsVertical => _font.IsVertical;

    /// <inheritdoc/>
    public FontDetails Details => _font.Details;

    /// <summary><paramref name="font"/> with its answers remembered, or itself where it cannot be wrapped.</summary>
    [return: NotNullIfNotNull(nameof(font))]
    public static IFont? Wrap(IFont? font) => font is null or PdfFontMemo or IType3Font || font.IsVertical ? font : new PdfFontMemo(font);

    /// <inheritdoc/>
    public int ReadCharacterCode(IInputBytes bytes, out int codeLength) => _font.ReadCharacterCode(bytes, out codeLength);

    /// <inheritdoc/>
    public bool TryGetUnicode(int characterCode, [NotNullWhen(true)] out string? value)
    {
        if ((uint)characterCode < Bytes)
        {
            // 0: not asked yet, 1: the font has text for the code, 2: it has none.
            switch (_textKnown[characterCode])
            {
                case 1:
                    value = _texts[characterCode]!;
                    return true;
                case 2:
                    value = null;
                    return false;
            }

            var found = _font.TryGetUnicode(characterCode, out value);
            _texts[characterCode] = found ? value : null;
            _textKnown[characterCode] = found && value is not null ? (byte)1 : (byte)2;
            return found;
        }

        _otherTexts ??= [];
        if (_otherTexts.TryGetValue(characterCode, out value))
        {
            return value is not null;
        }

        var other = _font.TryGetUnicode(characterCode, out value);
        _otherTexts[characterCode] = other ? value : null;
        return other;
    }

    /// <inheritdoc/>
    public CharacterBoundingBox GetBoundingBox(int characterCode)
    {
        if ((uint)characterCode < Bytes)
        {
            return _boxes[characterCode] ??= _font.GetBoundingBox(characterCode);
        }

        _otherBoxes ??= [];
        if (!_otherBoxes.TryGetValue(characterCode, out var box))
        {
            _otherBoxes[characterCode] = box = _font.GetBoundingBox(characterCode);
        }

        return box;
    }

    /// <inheritdoc/>
    public TransformationMatrix GetFontMatrix() => _font.GetFontMatrix();

    /// <inheritdoc/>
    public double GetDescent() => _font.GetDescent();

    /// <inheritdoc/>
    public double GetAscent() => _font.GetAscent();

    /// <inheritdoc/>
    public bool TryGetPath(int characterCode, [NotNullWhen(true)] out IReadOnlyList<PdfSubpath>? path) => _font.TryGetPath(characterCode, out path);

    /// <inheritdoc/>
    public bool TryGetNormalisedPath(int characterCode, [NotNullWhen(true)] out IReadOnlyList<PdfSubpath>? path) => _font.TryGetNormalisedPath(characterCode, out path);
}
