using System.Collections.Immutable;

namespace Accountability.Rules.Model;

/// <summary>Asserts one derived fact whose fields are computed from the rule's bindings.</summary>
/// <param name="FactType">The derived fact type.</param>
/// <param name="Fields">The value of each field; fields not named are absent.</param>
public sealed record AssertAction(string FactType, ImmutableArray<FieldAssignment> Fields);
