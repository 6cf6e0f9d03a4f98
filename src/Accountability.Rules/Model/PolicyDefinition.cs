namespace Accountability.Rules.Model;

/// <summary>
/// An interpretation a ruleset adopts where the text is silent or ambiguous. Explanations show
/// conclusions that rest on a policy as policy, not as law.
/// </summary>
/// <param name="Id">The id rules use to name it.</param>
/// <param name="Title">A one-line name.</param>
/// <param name="Statement">What the policy says and why.</param>
/// <param name="Citation">The text it interprets, when there is one.</param>
public sealed record PolicyDefinition(string Id, string Title, string Statement, Citation? Citation);
