using System.Collections.Immutable;
using System.Globalization;
using Accountability.Rules.CaseGeneration.Documents;
using Accountability.Rules.CaseGeneration.Generation;

namespace Accountability.Rules.CaseGeneration.Sections;

/// <summary>
/// <c>persons</c>: every role, status (stated or left to <c>serving</c>), a responsibility the
/// investigation gave now and then, and conduct codes (none, one or several, from the ruleset's
/// conduct and violation lists). A ruleset without roles has no persons: a case could name none.
/// </summary>
internal sealed class PersonSection : ISectionGenerator
{
    private const string DefaultStatus = "serving";

    public ImmutableArray<string> Keys => ["persons"];

    public void Generate(GenerationContext context, CaseMapping sections)
    {
        var profile = context.Profile;
        var roles = profile.Codes("roles");
        var statuses = profile.Codes("personStatuses");
        if (roles.IsEmpty || statuses.IsEmpty || !context.Includes("person"))
        {
            return;
        }

        var conduct = profile.Codes("conduct");
        var violations = profile.Codes("violations");
        var persons = new CaseSequence();
        var count = context.Random.NextDouble() switch
        {
            < 0.08 => 0,
            < 0.4 => 1,
            < 0.65 => 2,
            < 0.85 => 3,
            _ => context.Between(4, 6),
        };
        for (var i = 1; i <= count; i++)
        {
            var id = "P" + i.ToString(CultureInfo.InvariantCulture);
            context.PersonIds.Add(id);
            var person = new CaseMapping { Flow = context.Chance(0.4) }
                .Add("id", CaseScalar.Of(id))
                .Add("name", context.Maybe(TextPool.PersonNames, 0.6))
                .Add("role", context.Code(context.Pick(roles)))
                .Add("responsibility", profile.Responsibilities.Length > 0 && context.Chance(0.3) ? context.Code(context.Pick(profile.Responsibilities)) : null)
                .Add("status", statuses.Contains(DefaultStatus) && context.Chance(0.4) ? null : context.Code(context.Pick(statuses)));
            var codes = context.Several(conduct, 2).AddRange(context.Several(violations, 2));
            if (codes.Length > 0 || context.Chance(0.1))
            {
                person.Add("conduct", new CaseSequence(codes.OrderBy(_ => context.Random.Next()).Select(context.Code)));
            }

            persons.Add(person);
        }

        sections.Add("persons", persons);
    }
}
