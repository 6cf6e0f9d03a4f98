using Accountability.Rules.Data.RuleSets;

namespace Accountability.Rules.Data.Catalog;

/// <summary>
/// A ruleset an indexed catalogue holds (<see cref="RuleSetCatalog.Index"/>): its file name, its
/// YAML text (read when first needed) and its precompiled image, when it has one.
/// </summary>
internal sealed class CatalogSource
{
    private readonly Lazy<string> _text;

    /// <summary>A source whose text <paramref name="read"/> gives on first use.</summary>
    public CatalogSource(string fileName, Func<string> read, byte[]? image = null)
    {
        FileName = fileName;
        _text = new Lazy<string>(read, LazyThreadSafetyMode.ExecutionAndPublication);
        Image = image;
    }

    /// <summary>The name positions and errors give for the ruleset.</summary>
    public string FileName { get; }

    /// <summary>The YAML text.</summary>
    public string Text => _text.Value;

    /// <summary>The precompiled image (<see cref="RuleSetImage"/>), or <c>null</c>.</summary>
    public byte[]? Image { get; }

    /// <summary>The index key: from the image's header when there is an image, else scanned from the text; <c>null</c> when the text has none.</summary>
    /// <exception cref="InvalidOperationException">The image does not read (a defect of the package).</exception>
    public RuleSetIndexKey? Key() => Image is { } image ? RuleSetImage.Key(image) : RuleSetIndexKey.Scan(Text);
}
