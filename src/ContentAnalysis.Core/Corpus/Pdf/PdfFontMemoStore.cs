using System.Diagnostics.CodeAnalysis;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics.Colors;
using UglyToad.PdfPig.PdfFonts;
using UglyToad.PdfPig.Tokens;

namespace ContentAnalysis.Core.Corpus;

/// <summary>
/// A document's resource store whose fonts come as <see cref="PdfFontMemo"/>s, one per font for the whole document, so
/// that what a font tells about a code is looked up once per document rather than once per glyph. Everything else is
/// the document's own store.
/// </summary>
internal sealed class PdfFontMemoStore(IResourceStore store) : IResourceStore
{
    private readonly Dictionary<IFont, IFont> _memos = new(ReferenceEqualityComparer.Instance);

    /// <inheritdoc/>
    public IFont? GetFont(NameToken name) => Memo(store.GetFont(name));

    /// <inheritdoc/>
    public IFont GetFontDirectly(IndirectReferenceToken fontReferenceToken) => Memo(store.GetFontDirectly(fontReferenceToken));

    /// <inheritdoc/>
    public void LoadResourceDictionary(DictionaryToken resourceDictionary) => store.LoadResourceDictionary(resourceDictionary);

    /// <inheritdoc/>
    public void UnloadResourceDictionary() => store.UnloadResourceDictionary();

    /// <inheritdoc/>
    public bool TryGetXObject(NameToken name, [NotNullWhen(true)] out StreamToken? stream) => store.TryGetXObject(name, out stream);

    /// <inheritdoc/>
    public bool TryGetXObjectReference(NameToken name, out IndirectReference reference) => store.TryGetXObjectReference(name, out reference);

    /// <inheritdoc/>
    public DictionaryToken? GetExtendedGraphicsStateDictionary(NameToken name) => store.GetExtendedGraphicsStateDictionary(name);

    /// <inheritdoc/>
    public bool TryGetNamedColorSpace(NameToken name, out ResourceColorSpace namedColorSpace) => store.TryGetNamedColorSpace(name, out namedColorSpace);

    /// <inheritdoc/>
    public ColorSpaceDetails GetColorSpaceDetails(NameToken? name, DictionaryToken? dictionary) => store.GetColorSpaceDetails(name, dictionary);

    /// <inheritdoc/>
    public ColorSpaceDetails GetDeviceColorSpaceDetails(ColorSpace deviceColorSpace) => store.GetDeviceColorSpaceDetails(deviceColorSpace);

    /// <inheritdoc/>
    public DictionaryToken? GetMarkedContentPropertiesDictionary(NameToken name) => store.GetMarkedContentPropertiesDictionary(name);

    /// <inheritdoc/>
    public IReadOnlyDictionary<NameToken, PatternColor> GetPatterns() => store.GetPatterns();

    /// <inheritdoc/>
    public Shading GetShading(NameToken name) => store.GetShading(name);

    [return: NotNullIfNotNull(nameof(font))]
    private IFont? Memo(IFont? font)
    {
        if (font is null)
        {
            return null;
        }

        if (!_memos.TryGetValue(font, out var memo))
        {
            _memos[font] = memo = PdfFontMemo.Wrap(font);
        }

        return memo;
    }
}
