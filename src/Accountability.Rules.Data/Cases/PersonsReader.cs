using System.Collections.Immutable;
using Accountability.Rules.Data.Loading;
using Accountability.Rules.Data.Yaml;
using Accountability.Rules.Facts;

namespace Accountability.Rules.Data.Cases;

/// <summary>
/// Reads <c>persons:</c>: one <c>person</c> fact each (status <c>serving</c> when not given) and
/// one <c>conduct</c> fact per code in its <c>conduct</c> list. Registers the person ids first, so
/// that references anywhere in the file can be checked.
/// </summary>
internal static class PersonsReader
{
    /// <summary>The status of a person whose status the case does not give.</summary>
    public const string DefaultStatus = "serving";

    private static readonly ImmutableArray<string> Keys = ["id", "name", "role", "responsibility", "status", "conduct"];

    /// <summary>Reads the persons and their conduct.</summary>
    public static (ImmutableArray<(Fact, FactSource)> Persons, ImmutableArray<(Fact, FactSource)> Conduct) Read(YamlNode? node, CaseContext context)
    {
        var persons = ImmutableArray.CreateBuilder<(Fact, FactSource)>();
        var conduct = ImmutableArray.CreateBuilder<(Fact, FactSource)>();
        if (node is null or YamlScalar { IsNull: true })
        {
            return (persons.ToImmutable(), conduct.ToImmutable());
        }

        foreach (var entry in MappingReader.Each(node, "persons", Keys, context.Errors))
        {
            var mark = context.Errors.Reported;
            var fact = new CaseFactBuilder("person", entry.Start);
            var id = context.Text(entry, fact, "id", required: true);
            if (id is not null)
            {
                context.PersonIds.Register(id.Value, id.Start);
            }

            context.Text(entry, fact, "name", required: false);
            context.Text(entry, fact, "role", required: true);
            context.Text(entry, fact, "responsibility", required: false);
            if (entry.Optional("status") is null or YamlScalar { IsNull: true })
            {
                fact.Set("status", Value.Of(DefaultStatus));
            }
            else
            {
                context.Text(entry, fact, "status", required: true);
            }

            var codes = ImmutableArray<YamlScalar>.Empty;
            if (entry.Optional("conduct") is { } c and not YamlScalar { IsNull: true })
            {
                codes = YamlValues.ScalarList(c, entry.PathOf("conduct"), context.Errors) ?? codes;
            }
            if (context.Errors.Reported != mark || id is null)
            {
                continue;
            }

            persons.Add(fact.Build());
            foreach (var code in codes)
            {
                conduct.Add(new CaseFactBuilder("conduct", code.Start)
                    .Set("person", Value.Of(id.Value), id.Start)
                    .Set("code", Value.Of(code.Value), code.Start)
                    .Build());
            }
        }

        return (persons.ToImmutable(), conduct.ToImmutable());
    }
}
