using Accountability.Rules.Facts;

namespace Accountability.Rules.Evaluation;

/// <summary>One field of a <see cref="Conclusion"/>.</summary>
/// <param name="Name">The field name as rulesets write it, e.g. <c>lastDay</c>.</param>
/// <param name="Value">The value; never absent (absent fields are left out of a conclusion).</param>
public sealed record ConclusionField(string Name, Value Value);
