using Accountability.Rules.Model;

namespace Accountability.Rules.Data.Yaml;

/// <summary>
/// Stands for a node the reader rejected and already reported (an alias). Later readers skip it
/// without reporting it again.
/// </summary>
/// <param name="Position">Where the rejected node is.</param>
internal sealed record YamlInvalidNode(YamlPosition Position) : YamlNode(Position)
{
    /// <inheritdoc />
    public override string Describe() => "an invalid value";
}
