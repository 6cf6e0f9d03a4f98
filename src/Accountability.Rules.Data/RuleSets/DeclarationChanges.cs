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
            errors.Add(change.Mapping.Find(key)!.Key.Start, $"a change of '{target.Value}' has no '{key}'", kind == "replace" ? $"write '{body}:' with the replacement" : $"remove '{key}'");
        }

        if (kind == "add")
        {
            errors.Add(target.Start, $"'add: {target.Value}' is not a change", isPolicy ? "declare a new policy under policies:" : "declare new codes under codes:");
            return;
        }

        if (kind == "remove" && !isPolicy)
        {
            errors.Add(target.Start, $"cannot remove '{target.Value}': a code list is replaced, not removed", $"write '- replace: {target.Value}' with 'codes:' listing the codes that stay");
            return;
        }

        if (kind == "remove" && change.Has(body))
        {
            errors.Add(change.Mapping.Find(body)!.Key.Start, $"a 'remove' change has no '{body}'", $"remove '{body}'");
            return;
        }

        if (kind == "replace" && !change.Has(body))
        {
            errors.Add(change.Start, LoadMessages.Format(LoadMessages.MissingKey, body, change.Where), $"add '{body}:' with what replaces '{target.Value}'");
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
            errors.Add(target.Start, $"cannot {kind} '{target.Value}': no policy has the id '{id}'", ChangesReader.NearIds(id, [.. context.Policies.Select(p => PolicyPrefix + p.Id)]));
            return;
        }

        if (kind == "remove")
        {
            if (context.Rules.FirstOrDefault(r => r.PolicyId == id) is { } user)
            {
                errors.Add(target.Start, $"cannot remove '{target.Value}': rule '{user.Id}' applies it", $"replace or remove '{user.Id}' first, or replace the policy with this ruleset's own statement");
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
                errors.Add(mapping.Start, $"the policy replacing '{target.Value}' has the id '{policy.Id}'", $"keep the id '{id}' (rules name it), or declare a new policy under policies:");
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
            errors.Add(target.Start, $"cannot {kind} '{target.Value}': the parent declares no code list '{list}'", ChangesReader.NearIds(list, [.. context.CodeLists.Keys.Select(k => CodesPrefix + k)]));
            return;
        }

        var inherited = context.Parent?.Definition.CodeLists.GetValueOrDefault(list) ?? [];
        if (current.Length != inherited.Length)
        {
            errors.Add(target.Start, $"cannot {kind} '{target.Value}': this file also adds codes to '{list}' under codes:", "write every code of the list in the replacement and none under codes:");
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
