namespace Accountability.Rules.CaseGeneration.Documents;

/// <summary>
/// A node of a case document before it is written as YAML or JSON: a scalar, a mapping or a
/// sequence. The generator and the printer of minimised cases build these; the writers turn them
/// into the text the case loader reads.
/// </summary>
internal abstract class CaseNode
{
    private protected CaseNode()
    {
    }
}
