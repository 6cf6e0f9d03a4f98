using System.Collections.Frozen;
using System.Reflection;
using System.Text;
using Accountability.Rules.Calendars;
using Accountability.Rules.Data.Loading;
using Accountability.Rules.Data.Calendars;
using Accountability.Rules.Data.RuleSets;
using Accountability.Rules.Model;

namespace Accountability.Rules.Data.Catalog;

/// <summary>Loads the rulesets embedded in this assembly as resources named <c>rulesets/&lt;path&gt;.yaml</c>.</summary>
internal static class BundledRuleSets
{
    /// <summary>The prefix of ruleset resource names.</summary>
    public const string Prefix = "rulesets/";

    /// <summary>A folder of data that rulesets use but that are not rulesets (holiday calendars).</summary>
    public const string CalendarsFolder = "calendars";

    /// <summary>A folder of test suites (docs/test-suites.md) beside the rulesets: neither rulesets nor embedded.</summary>
    public const string TestsFolder = "tests";

    private static readonly LazyCalendars BundledCalendars = new(LoadCalendars);

    /// <summary>
    /// The calendars embedded as <c>rulesets/calendars/&lt;id&gt;.yaml</c>, by id, read on first use.
    /// A bundled calendar that does not load is a defect of the package: the first use throws
    /// <see cref="InvalidOperationException"/>.
    /// </summary>
    public static IReadOnlyDictionary<string, WorkingDayCalendar> Calendars => BundledCalendars;

    /// <summary>
    /// The catalogue of the embedded rulesets: each resource is indexed by the id, version and first
    /// day in force of its precompiled image's header (<see cref="RuleSetImage"/>, embedded as
    /// <c>rulesets/&lt;path&gt;.yaml.image</c> by the build), or else of its <c>ruleset:</c> header
    /// (<see cref="RuleSetIndexKey"/>, which reads no further). Its definition is read from the image,
    /// or parsed, read, checked and compiled from the YAML with its parents from the same catalogue,
    /// only when first asked for, so that evaluating a case reads only its ruleset (and, without an
    /// image, their parents). A bundled ruleset that does not load is a programmer error: throws
    /// <see cref="InvalidOperationException"/> listing every error.
    /// </summary>
    public static RuleSetCatalog Catalog()
    {
        var assembly = typeof(BundledRuleSets).Assembly;
        var names = assembly.GetManifestResourceNames();
        var images = names.Where(name => name.EndsWith(RuleSetImage.ResourceSuffix, StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
        var sources = names.Where(IsRuleSet).Order(StringComparer.Ordinal)
            .Select(name => new CatalogSource(
                name,
                () => ReadResource(assembly, name),
                images.Contains(name + RuleSetImage.ResourceSuffix) ? ReadImage(assembly, name + RuleSetImage.ResourceSuffix) : null));
        // An empty image is the build's mark of a ruleset that did not load: it has none, and loads (and fails) from its YAML.
        return RuleSetCatalog.Index(sources, Calendars, LoadOne);
    }

    private static LoadedRuleSet LoadOne(ParsedRuleSetFile file, RuleSetCatalog catalog)
    {
        var errors = new LoadErrors();
        var loaded = catalog.Load([file], Calendars, errors);
        if (errors.Count > 0 || loaded.IsEmpty)
        {
            var all = errors.ToImmutable();
            throw new InvalidOperationException(
                $"A bundled ruleset does not load. File={file.File} Errors={all.Length}{Environment.NewLine}{string.Join(Environment.NewLine, all)}");
        }

        return loaded[0];
    }

    private static FrozenDictionary<string, WorkingDayCalendar> LoadCalendars()
    {
        var assembly = typeof(BundledRuleSets).Assembly;
        var calendars = new Dictionary<string, WorkingDayCalendar>(StringComparer.Ordinal);
        var errors = new List<Accountability.Rules.Diagnostics.Diagnostic>();
        foreach (var name in assembly.GetManifestResourceNames().Where(IsCalendar).Order(StringComparer.Ordinal))
        {
            var result = CalendarLoader.Load(ReadResource(assembly, name), name);
            if (result.Succeeded)
            {
                calendars.Add(result.Value.Id, result.Value);
            }
            else
            {
                errors.AddRange(result.Diagnostics);
            }
        }

        return errors.Count > 0
            ? throw new InvalidOperationException($"A bundled calendar does not load. Errors={errors.Count}{Environment.NewLine}{string.Join(Environment.NewLine, errors)}")
            : calendars.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Whether a path relative to the rulesets folder (with '/' separators) is calendar data: a <c>*.yaml</c> file directly under <c>calendars/</c>.</summary>
    public static bool IsCalendarPath(string relativePath)
    {
        var parts = relativePath.Split('/');
        return relativePath.EndsWith(".yaml", StringComparison.Ordinal) && parts.Length >= 2 && parts[^2] == CalendarsFolder;
    }

    private static bool IsCalendar(string name) =>
        name.StartsWith(Prefix, StringComparison.Ordinal) && IsCalendarPath(name[Prefix.Length..]);

    /// <summary>Whether a path relative to the rulesets folder (with '/' separators) is a ruleset, not calendar data nor a test suite.</summary>
    public static bool IsRuleSetPath(string relativePath) =>
        relativePath.EndsWith(".yaml", StringComparison.Ordinal)
        && !relativePath.Split('/').SkipLast(1).Any(folder => folder is CalendarsFolder or TestsFolder);

    /// <summary>Whether a resource name is a bundled ruleset's (<c>rulesets/&lt;path&gt;.yaml</c>, not calendar data).</summary>
    public static bool IsRuleSet(string name) =>
        name.StartsWith(Prefix, StringComparison.Ordinal) && IsRuleSetPath(name[Prefix.Length..]);

    /// <summary>A ruleset's image; <c>null</c> when it is empty (the ruleset did not load when the package was built).</summary>
    private static byte[]? ReadImage(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource is missing. Resource={name}");
        var image = new byte[stream.Length];
        stream.ReadExactly(image);
        return image.Length > 0 ? image : null;
    }

    private static string ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource is missing. Resource={name}");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
