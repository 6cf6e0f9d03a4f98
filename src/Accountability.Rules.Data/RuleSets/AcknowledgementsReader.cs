using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Accountability.Rules.Data.Loading;
using Accountability.Rules.Data.Yaml;

namespace Accountability.Rules.Data.RuleSets;

/// <summary>Reads <c>acknowledged:</c>, a list of <c>{ finding, at, reason, hash }</c>; the findings they match are checked by <c>validate</c>.</summary>
internal static partial class AcknowledgementsReader
{
    /// <summary>The keys of an acknowledgement.</summary>
    public static readonly ImmutableArray<string> Keys = ["finding", "at", "reason", "hash"];

    /// <summary>Reads the list into the context; entries with errors are left out (reported).</summary>
    public static void Read(YamlNode node, RuleSetContext context)
    {
        foreach (var entry in MappingReader.Each(node, "acknowledged", Keys, context.Errors))
        {
            var finding = entry.RequiredScalar("finding");
            var at = entry.RequiredText("at");
            var reason = entry.RequiredText("reason");
            var hash = entry.OptionalText("hash");
            if (finding is not null && !FindingId().IsMatch(finding.Value))
            {
                context.Errors.Add(finding.Start, LoadDiagnostics.BadId, "finding", finding.Value, "write the finding's id as validate prints it, e.g. ACR1132");
                continue;
            }

            if (finding is not null && at is not null && reason is not null)
            {
                context.Acknowledgements.Add(new Acknowledgement(finding.Value, at, reason, hash, entry.Start));
            }
        }
    }

    [GeneratedRegex(@"\AACR[0-9]{4}\z")]
    private static partial Regex FindingId();
}
