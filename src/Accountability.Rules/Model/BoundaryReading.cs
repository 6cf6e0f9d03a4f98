namespace Accountability.Rules.Model;

/// <summary>How a boundary word of a text reads: whether the number it follows is included.</summary>
/// <param name="Word">The word, e.g. 以上 or 以下.</param>
/// <param name="Inclusive">Whether the boundary number itself is included.</param>
/// <param name="Citation">The text that says so.</param>
/// <param name="PolicyId">A policy that extends or supplies the reading, when there is one.</param>
public sealed record BoundaryReading(string Word, bool Inclusive, Citation? Citation, string? PolicyId);
