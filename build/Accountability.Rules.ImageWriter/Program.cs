// Writes the precompiled image (RuleSetImage) of every bundled ruleset into a folder, as
// <path under rulesets/>.image: Accountability.Rules.ImageWriter <folder>. A ruleset that does not
// load gets an empty file, which the library reads as no image: it then loads the YAML and reports
// the defect as before, so that a build never fails on a ruleset an analyst is still editing.
using Accountability.Rules.Data.Catalog;

if (args is not [var folder])
{
    Console.Error.WriteLine("usage: Accountability.Rules.ImageWriter <folder>");
    return 2;
}

Dictionary<string, CatalogEntry> entries = [];
try
{
    var catalog = BundledRuleSets.Catalog();
    entries = catalog.Ids.SelectMany(id => catalog.EntriesOf(id)).ToDictionary(e => e.FileName, StringComparer.Ordinal);
}
catch (InvalidOperationException e)
{
    Console.WriteLine($"no ruleset images: the bundled rulesets cannot be indexed ({FirstLine(e)})");
}

foreach (var name in typeof(BundledRuleSets).Assembly.GetManifestResourceNames().Where(BundledRuleSets.IsRuleSet).Order(StringComparer.Ordinal))
{
    var path = Path.Combine(folder, name[BundledRuleSets.Prefix.Length..] + RuleSetImage.ResourceSuffix);
    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
    byte[] image = [];
    try
    {
        if (entries.TryGetValue(name, out var entry))
        {
            image = RuleSetImage.Write(entry.Loaded.Definition);
        }
    }
    catch (InvalidOperationException e)
    {
        Console.WriteLine($"no image for {name}: it does not load ({FirstLine(e)})");
    }

    File.WriteAllBytes(path, image);
}

return 0;

static string FirstLine(Exception e) => e.Message.Split('\n')[0];
