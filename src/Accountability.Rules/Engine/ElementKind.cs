namespace Accountability.Rules.Engine;

/// <summary>The kind of a compiled condition element.</summary>
internal enum ElementKind
{
    Pattern,
    Not,
    Aggregate,
}
