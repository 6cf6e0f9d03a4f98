using System.Text.RegularExpressions;
using Accountability.Rules.Model;

namespace Accountability.Rules.Data.Loading;

/// <summary>The shapes ids must have, and a check that reports a wrong shape.</summary>
internal static partial class IdShapes
{
    /// <summary>Hint for <see cref="Slug"/>.</summary>
    public const string SlugHint = "use lower-case letters, digits and single hyphens, e.g. yibin-2020";

    /// <summary>Hint for <see cref="RuleId"/>.</summary>
    public const string RuleIdHint = "use letters, digits and single '-', '_', '.' or '/' between them, e.g. art36-major-loss";

    /// <summary>Hint for <see cref="Code"/>.</summary>
    public const string CodeHint = "write the code without spaces, e.g. Y07-01 or principal-head";

    /// <summary>Hint for <see cref="Alias"/>.</summary>
    public const string AliasHint = "start with a lower-case letter, then letters and digits, e.g. t or loss2";

    /// <summary>Ids of rulesets, documents, policies, tiers and responsibilities.</summary>
    public static Regex Slug => SlugRegex();

    /// <summary>Ids of rules.</summary>
    public static Regex RuleId => RuleIdRegex();

    /// <summary>Codes of code lists (which may be in the text's own words, e.g. 诫勉).</summary>
    public static Regex Code => CodeRegex();

    /// <summary>Aliases of patterns and aggregates.</summary>
    public static Regex Alias => AliasRegex();

    /// <summary>Whether <paramref name="id"/> has the shape; reports it when not.</summary>
    public static bool Check(string id, Regex shape, string what, SourceLocation at, string hint, LoadErrors errors)
    {
        if (shape.IsMatch(id))
        {
            return true;
        }

        errors.Add(at, LoadDiagnostics.BadId, what, id, hint);
        return false;
    }

    [GeneratedRegex(@"^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex SlugRegex();

    [GeneratedRegex(@"^[A-Za-z0-9]+([-_./][A-Za-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex RuleIdRegex();

    [GeneratedRegex(@"^\S+$", RegexOptions.CultureInvariant)]
    private static partial Regex CodeRegex();

    [GeneratedRegex(@"^[a-z][A-Za-z0-9]*$", RegexOptions.CultureInvariant)]
    private static partial Regex AliasRegex();
}
