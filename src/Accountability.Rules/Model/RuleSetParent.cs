namespace Accountability.Rules.Model;

/// <summary>A ruleset an overlay extends, as resolved when the overlay loaded. Immutable.</summary>
/// <param name="Id">The parent's ruleset id, e.g. <c>yibin-2020</c>.</param>
/// <param name="Version">The parent's version that was extended.</param>
public sealed record RuleSetParent(string Id, string Version)
{
    /// <inheritdoc />
    public override string ToString() => $"{Id} {Version}";
}
