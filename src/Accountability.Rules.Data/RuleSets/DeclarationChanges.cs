using System.Collections.Immutable;
using Accountability.Rules.Data.Loading;
using Accountability.Rules.Data.Yaml;
using Accountability.Rules.Model;

namespace Accountability.Rules.Data.RuleSets;

/// <summary>
/// An overlay's changes to what its parent declares rather than to its rules:
/// <c>{ replace: policies/&lt;id&gt;, policy: {...} }</c> puts the overlay's own statement of a
/// policy in place of the parent's (same id), <c>{ remove: policies/&lt;id&gt; }</c> drops a policy
/// no rule applies any more, and <c>{ replace: codes/&lt;list&gt;, codes: [...] }</c> puts the
/// overlay's own code list in place of the parent's (the overlay's text names the codes in its own
/// words). Each has its own <c>cites</c> like every change.
/// </summary>
internal static class DeclarationChanges
{
    /// <summary>The prefix of a policy target.</summary>
    public const string PolicyPrefix = "policies/";

    /// <summary>The prefix of a code-list target.</summary>
    public const string CodesPrefix = "codes/";

    /// <summary>Whether the target names a policy or a code list rather than a rule or row.</summary>
    public static bool Targets(string target) =>
        target.StartsWith(PolicyPrefix, StringComparison.Ordinal) || target.StartsWith(CodesPrefix, StringComparison.Ordinal);

    /// <summary>Applies a replace or remove of a policy or code list; reports what is wrong.</summary>
    public static void Apply(MappingReader change, string kind, YamlScalar target, Citation citation, RuleSetContext context)
    {
        var errors = context.Errors;
        var isPolicy = target.Value.StartsWith(PolicyPrefix, StringComparison.Ordinal);
        var name = target.Value[(isPolicy ? PolicyPrefix : CodesPrefix).Length..];
        var body = isPolicy ? "policy" : "codes";
        foreach (var key in new[] { "rule", "row", "table", isPolicy ? "codes" : "policy" }.Where(change.Has))
        {
            var at = change.Mapping.KeyStart(key);
            if (kind == "replace")
            {
                errors.Add(at, LoadDiagnostics.DeclarationReplaceKey, target.Value, key, body);
            }
            else
            {
                errors.Add(at, LoadDiagnostics.DeclarationChangeKey, target.Value, key);
            }
        }

        if (kind == "add")
        {
            errors.Add(target.Start, LoadDiagnostics.DeclarationAdded, target.Value);
            return;
        }

        if (kind == "remove" && !isPolicy)
        {
            errors.Add(target.Start, LoadDiagnostics.CodeListRemoved, target.Value);
            return;
        }

        if (kind == "remove" && change.Has(body))
        {
            errors.Add(change.Mapping.KeyStart(body), LoadDiagnostics.ChangeKeyNotAllowed, "remove", body);
            return;
        }

        if (kind == "replace" && !change.Has(body))
        {
            errors.Add(change.Start, LoadDiagnostics.ReplacementMissing, body, change.Where, target.Value);
            return;
        }

        if (isPolicy)
        {
            Policy(change, kind, target, name, citation, context);
        }
        else
        {
            Codes(change, kind, target, name, citation, context);
        }
    }

    private static void Policy(MappingReader change, string kind, YamlScalar target, string id, Citation citation, RuleSetContext context)
    {
        var errors = context.Errors;
        var index = context.Policies.FindIndex(p => p.Id == id);
        if (index < 0)
        {
            errors.Add(target.Start, LoadDiagnostics.PolicyChangeUnknown, kind, target.Value, id, ChangesReader.NearIds(id, [.. context.Policies.Select(p => PolicyPrefix + p.Id)]));
            return;
        }

        if (kind == "remove")
        {
            if (context.Rules.FirstOrDefault(r => r.PolicyId == id) is { } user)
            {
                errors.Add(target.Start, LoadDiagnostics.PolicyInUse, target.Value, user.Id);
                return;
            }

            context.Policies.RemoveAt(index);
            context.PolicyIds.Remove(id);
        }
        else
        {
            if (YamlValues.Mapping(change.Optional("policy")!, change.PathOf("policy"), errors) is not { } mapping
                || PoliciesReader.ReadReplacement(mapping, change.PathOf("policy"), context) is not { } policy)
            {
                return;
            }

            if (policy.Id != id)
            {
                errors.Add(mapping.Start, LoadDiagnostics.PolicyIdChanged, target.Value, policy.Id, id);
                return;
            }

            context.Policies[index] = policy;
        }

        context.Changes.Add(new AppliedChange(kind, target.Value, [], citation, change.Start));
    }

    private static void Codes(MappingReader change, string kind, YamlScalar target, string list, Citation citation, RuleSetContext context)
    {
        var errors = context.Errors;
        if (!context.CodeLists.TryGetValue(list, out var current))
        {
            errors.Add(target.Start, LoadDiagnostics.CodeListChangeUnknown, kind, target.Value, list, ChangesReader.NearIds(list, [.. context.CodeLists.Keys.Select(k => CodesPrefix + k)]));
            return;
        }

        var inherited = context.Parent?.Definition.CodeLists.GetValueOrDefault(list) ?? [];
        if (current.Length != inherited.Length)
        {
            errors.Add(target.Start, LoadDiagnostics.CodeListReplacedAndAdded, kind, target.Value, list);
            return;
        }

        if (CodeListReader.ReadReplacement(change.Optional("codes")!, list, change.PathOf("codes"), context) is not { } codes)
        {
            return;
        }

        context.CodeLists[list] = codes;
        var dropped = inherited.Select(c => c.Code).Except(codes.Select(c => c.Code), StringComparer.Ordinal);
        context.Changes.Add(new AppliedChange(kind, target.Value, [], citation, change.Start, [.. dropped]));
    }
}
