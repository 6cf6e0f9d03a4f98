using System.Collections.Immutable;
using Accountability.Rules.Data.Loading;
using Accountability.Rules.Data.Yaml;
using Accountability.Rules.Model;

namespace Accountability.Rules.Data.RuleSets;

/// <summary>Reads the <c>policies:</c> section: the interpretations rules may name.</summary>
internal static class PoliciesReader
{
    /// <summary>The keys of a policy.</summary>
    public static readonly ImmutableArray<string> Keys = ["id", "title", "statement", "cites"];

    /// <summary>
    /// Reads the policies into the context. Every id is registered, even of entries with errors, so
    /// that a rule naming a policy with a mistake is not reported twice.
    /// </summary>
    public static void Read(YamlNode node, RuleSetContext context)
    {
        foreach (var entry in MappingReader.Each(node, "policies", Keys, context.Errors))
        {
            if (ReadEntry(entry, context, register: true) is { } policy)
            {
                context.Policies.Add(policy);
            }
        }
    }

    /// <summary>
    /// Reads one policy mapping (<paramref name="path"/> its place in the file) that replaces an
    /// inherited policy of the same id; <c>null</c> (reported) on errors.
    /// </summary>
    public static PolicyDefinition? ReadReplacement(YamlMapping mapping, string path, RuleSetContext context) =>
        ReadEntry(new MappingReader(mapping, path, Keys, context.Errors), context, register: false);

    private static PolicyDefinition? ReadEntry(MappingReader entry, RuleSetContext context, bool register)
    {
        var errors = context.Errors;
        var mark = errors.Reported;
        var idScalar = entry.RequiredScalar("id");
        var title = entry.RequiredText("title");
        var statement = entry.RequiredText("statement");
        var citation = CitationReader.Optional(entry, context);
        if (idScalar is null
            || !IdShapes.Check(idScalar.Value, IdShapes.Slug, "policy id", idScalar.Start, IdShapes.SlugHint, errors)
            || (register && !context.PolicyIds.Register(idScalar.Value, idScalar.Start)))
        {
            return null;
        }

        return register || errors.Reported == mark ? new PolicyDefinition(idScalar.Value, title ?? string.Empty, statement ?? string.Empty, citation) : null;
    }

    /// <summary>Reads an optional <c>policy:</c> key that names a declared policy.</summary>
    /// <returns>The policy id; <c>null</c> when absent or unknown (reported).</returns>
    public static string? ReadReference(MappingReader owner, RuleSetContext context, string key = "policy")
    {
        if (owner.Optional(key) is not { } node || YamlValues.Scalar(node, owner.PathOf(key), context.Errors) is not { } scalar)
        {
            return null;
        }

        return References.Check(scalar, context.PolicyIds.Ids, "policy", "policies declared", context.Errors) ? scalar.Value : null;
    }
}
