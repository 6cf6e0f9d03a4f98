using Accountability.Rules.Data.Yaml;

namespace Accountability.Rules.Data.Loading;

/// <summary>Checks that a written id or code is one of those declared, with a hint listing them.</summary>
internal static class References
{
    /// <summary>
    /// Whether <paramref name="written"/> is one of <paramref name="valid"/>; reports it as an
    /// unknown <paramref name="what"/> with the closest valid value and the full list when not.
    /// </summary>
    /// <param name="written">The scalar that names the id or code.</param>
    /// <param name="valid">The ids or codes declared.</param>
    /// <param name="what">What is named, e.g. <c>measure</c>.</param>
    /// <param name="listName">How the hint introduces the list, e.g. <c>measures in codes.measures</c>.</param>
    /// <param name="errors">Where to report.</param>
    public static bool Check(YamlScalar written, IReadOnlyCollection<string> valid, string what, string listName, LoadErrors errors)
    {
        if (valid.Contains(written.Value, StringComparer.Ordinal))
        {
            return true;
        }

        errors.Add(written.Start, LoadDiagnostics.UnknownReference, what, written.Value, Suggestions.Hint(written.Value, valid, listName));
        return false;
    }
}
