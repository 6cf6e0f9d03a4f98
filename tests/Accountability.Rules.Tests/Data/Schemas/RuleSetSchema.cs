using System.Collections.Immutable;
using System.Text.Json.Nodes;
using Accountability.Rules.Data.Calendars;
using Accountability.Rules.Data.Loading;
using Accountability.Rules.Data.RuleSets;
using Accountability.Rules.Facts;
using Accountability.Rules.Model;

namespace Accountability.Rules.Tests.Data.Schemas;

/// <summary>
/// Writes the JSON Schemas of ruleset files (docs/schemas/ruleset.v1.schema.json) and working-day
/// calendars (docs/schemas/calendar.v1.schema.json) from the tables the readers check keys by (each
/// reader's key table: a key added there and not described here throws, so the schema test fails),
/// the fixed vocabularies the readers use (boundary words and readings, restriction kinds, factor
/// directions, operators, functions, id shapes) and the fact catalogue (the fact types a rule may
/// match and assert, and each type's fields for <c>where</c> and <c>set</c>). Codes, tiers,
/// responsibilities, document and policy ids vary by ruleset: the loader checks them.
/// </summary>
internal static class RuleSetSchema
{
    public const string RelativePath = "docs/schemas/ruleset.v1.schema.json";

    public const string CalendarRelativePath = "docs/schemas/calendar.v1.schema.json";

    private static JsonObject Ref(string name) => new() { ["$ref"] = "#/$defs/" + name };

    private static JsonObject Ref(string name, string description) => new() { ["$ref"] = "#/$defs/" + name, ["description"] = description };

    private static JsonArray Strings(IEnumerable<string> values) => [.. values.Select(v => (JsonNode)JsonValue.Create(v)!)];

    private static JsonObject Mapping(ImmutableArray<string> keys, Func<string, JsonNode?> schemaOf, params string[] required)
    {
        var mapping = new JsonObject
        {
            ["type"] = "object",
            ["properties"] = TestSuiteSchema.Keys(keys, schemaOf),
            ["additionalProperties"] = false,
        };
        if (required.Length > 0)
        {
            mapping["required"] = Strings(required);
        }

        return mapping;
    }

    private static JsonObject ListOf(JsonNode item, string description, bool nonEmpty = false)
    {
        var list = new JsonObject { ["type"] = "array", ["description"] = description, ["items"] = item };
        if (nonEmpty)
        {
            list["minItems"] = 1;
        }

        return list;
    }

    public static string Write(FactCatalog catalog)
    {
        var definitions = Definitions(catalog);
        var schema = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = "urn:accountability-rules:schema:ruleset:1",
            ["title"] = "Accountability.Rules ruleset file, version 1",
            ["description"] = "A ruleset or an overlay as the loader reads it (docs/ruleset-format.md). Generated from the readers' key tables, their fixed vocabularies and the fact catalogue by RuleSetSchemaTest; do not edit. Codes, tiers, responsibilities and the ids of documents and policies depend on the ruleset: the loader checks them.",
            ["type"] = "object",
            ["properties"] = TestSuiteSchema.Keys(RuleSetReader.TopLevelKeys, key => key switch
            {
                "ruleset" => Ref("header", "Identity and period in force."),
                "extends" => new JsonObject
                {
                    ["description"] = "The ruleset this one overlays: an id (the version in force when the overlay starts), or { id, version }.",
                    ["anyOf"] = new JsonArray(Ref("text"), Mapping(RuleSetLibrary.ExtendsKeys, k => Ref("text"), "id")),
                },
                "documents" => ListOf(Ref("document"), "The legal texts the rules cite; the first is the one a short citation names.", nonEmpty: true),
                "policies" => ListOf(Ref("policy"), "Named interpretations where the texts are silent or ambiguous."),
                "conventions" => Ref("conventions", "Currency, working-day calendar and how boundary words read."),
                "tiers" => ListOf(Ref("scaleEntry"), "The ordinal loss-severity scale, lowest first.", nonEmpty: true),
                "responsibilities" => ListOf(Ref("scaleEntry"), "The ordinal responsibility types, lowest precedence first.", nonEmpty: true),
                "codes" => new JsonObject
                {
                    ["type"] = "object",
                    ["description"] = "The code lists a case may use (`accountability facts` names the list each field takes).",
                    ["properties"] = TestSuiteSchema.Keys(CodeListReader.AllowedLists(catalog), list => ListOf(Ref(list == "violations" ? "violation" : "code"), $"The codes of {list}.")),
                    ["additionalProperties"] = false,
                },
                "lossTiers" => Table(LossTierTable.TableKeys, "lossTiersRow", "Table: the criteria of each loss tier.", "subject", "combine"),
                "sanctionMatrix" => Table([], "sanctionMatrixRow", "Table: tier x responsibility -> measures and pay deductions."),
                "promotionRestrictions" => Table([], "promotionRestrictionsRow", "Table: measure -> restriction periods."),
                "factorEffects" => Table([], "factorEffectsRow", "Table: factor -> direction."),
                "rules" => ListOf(Ref("rule"), "General rules for what a table cannot say."),
                "changes" => ListOf(Ref("change"), "An overlay's changes to its parent, in order."),
                "acknowledged" => ListOf(
                    Mapping(AcknowledgementsReader.Keys, k => k switch
                    {
                        "finding" => new JsonObject { ["type"] = "string", ["pattern"] = "^ACR[0-9]{4}$", ["description"] = "The finding's id, e.g. ACR1132." },
                        "at" => Ref("text", "The finding's element, as its hint names it."),
                        "reason" => Ref("text", "Why the finding is accepted."),
                        "hash" => Ref("text", "The element's content hash, as the hint gives it."),
                        _ => null,
                    }, "finding", "at", "reason"),
                    "Reviewed verification findings, quiet while the element's content hash matches."),
                _ => null,
            }),
            ["additionalProperties"] = false,
            ["if"] = new JsonObject { ["required"] = new JsonArray("extends") },
            ["then"] = new JsonObject { ["required"] = new JsonArray("ruleset") },
            ["else"] = new JsonObject
            {
                ["required"] = Strings(RuleSetReader.Required),
                ["properties"] = new JsonObject { ["conventions"] = new JsonObject { ["required"] = new JsonArray("currency") }, ["changes"] = false },
            },
            ["$defs"] = definitions,
        };
        return CaseFileSchema.Text(schema);
    }

    public static string WriteCalendar()
    {
        var schema = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = "urn:accountability-rules:schema:calendar:1",
            ["title"] = "Accountability.Rules working-day calendar, version 1",
            ["description"] = "A working-day calendar (rulesets/calendars/<id>.yaml; docs/ruleset-format.md, Calendars). Generated from the calendar loader's key tables by RuleSetSchemaTest; do not edit.",
            ["type"] = "object",
            ["properties"] = TestSuiteSchema.Keys(CalendarLoader.TopKeys, key => key switch
            {
                "years" => new JsonObject
                {
                    ["type"] = "object",
                    ["description"] = "Each year of a State Council notice, by its four digits.",
                    ["minProperties"] = 1,
                    ["propertyNames"] = new JsonObject { ["pattern"] = "^[0-9]{4}$" },
                    ["additionalProperties"] = Mapping(CalendarLoader.YearKeys, k => k switch
                    {
                        "source" => Ref("text", "The notice that sets the year's days off, with its number."),
                        "holidays" => ListOf(
                            Mapping(CalendarLoader.HolidayKeys, h => h switch
                            {
                                "name" => Ref("text", "The holiday's name, e.g. 春节."),
                                "off" => ListOf(new JsonObject { ["type"] = "array", ["items"] = Ref("date"), ["minItems"] = 2, ["maxItems"] = 2 }, "Ranges of days off, [first, last], both included."),
                                "workdays" => ListOf(Ref("date"), "Weekend days that are working days (调休)."),
                                _ => null,
                            }, "name", "off"),
                            "The year's holidays.",
                            nonEmpty: true),
                        _ => null,
                    }, "source", "holidays"),
                },
                _ => null,
            }),
            ["required"] = Strings(CalendarLoader.TopKeys),
            ["additionalProperties"] = false,
            ["$defs"] = new JsonObject
            {
                ["text"] = Text(),
                ["date"] = Date(),
            },
        };
        return CaseFileSchema.Text(schema);
    }

    private static JsonObject Text() => new() { ["type"] = new JsonArray("string", "number", "boolean"), ["description"] = "Text: any value but null, a list or a mapping." };

    private static JsonObject Date() => new() { ["type"] = "string", ["pattern"] = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", ["description"] = "An ISO date, e.g. 2024-06-28." };

    private static JsonObject Table(ImmutableArray<string> ownKeys, string row, string description, params string[] required)
    {
        var table = Mapping(TableRows.TableKeys(ownKeys), key => key switch
        {
            "subject" => Ref("factType", "The derived fact the criteria read, e.g. lossTotal."),
            "combine" => Ref("slug", "The policy by which the criteria combine, e.g. highest-tier-any-criterion."),
            "cites" => Ref("citation", "The combine rule's citation (else the policy's)."),
            "salience" => new JsonObject { ["type"] = "integer", ["description"] = "The salience of the table's rules." },
            "rows" => ListOf(Ref(row), "The rows.", nonEmpty: true),
            "policy" => Ref("slug", "A policy every row's rules apply."),
            "inForce" => Ref("inForce", "A period every row's rules share."),
            _ => null,
        }, ["rows", .. required]);
        table["description"] = description;
        return table;
    }

    private static JsonNode? RowKey(string key) => key switch
    {
        "id" => Ref("ruleId", "The row's id, for an overlay's changes (default lossTiers/<tier>, sanctionMatrix/<tier>/<responsibilities>, <table>/<position>)."),
        "policy" => Ref("slug", "A policy the row's rules apply."),
        "inForce" => Ref("inForce", "The row's own period in force."),
        "cites" => Ref("citation"),
        "tier" => Ref("text", "A tier of tiers:."),
        "amount" => Ref("amountRange", "The loss amount criterion."),
        "assetRatioPercent" => Ref("percentRange", "The share of total assets criterion, in percent."),
        "responsibilities" => ListOf(Ref("text"), "Responsibility types of responsibilities:.", nonEmpty: true),
        "measures" => ListOf(Ref("text"), "Measures of codes.measures.", nonEmpty: true),
        "performanceSalary" => Ref("percentRange", "The performance salary deduction, in percent."),
        "termIncentive" => Ref("termIncentiveRange", "The term incentive deduction, in percent."),
        "longTermIncentives" => Ref("text", "What happens to long-term incentives, in the text's words."),
        "nonePrescribed" => new JsonObject { ["type"] = "boolean", ["description"] = "The text prescribes nothing for these responsibilities at this tier." },
        "restrictions" => ListOf(
            Mapping(PromotionRestrictionTable.RestrictionKeys, k => k switch
            {
                "kind" => new JsonObject { ["enum"] = Strings(PromotionRestrictionTable.Kinds) },
                "period" => Ref("period"),
                _ => null,
            }, "kind", "period"),
            "The restrictions the measures bring.",
            nonEmpty: true),
        "factors" => ListOf(Ref("text"), "Factors of codes.factors.", nonEmpty: true),
        "direction" => new JsonObject { ["enum"] = Strings(FactorEffectTable.Directions) },
        "terms" => Ref("text", "The text's terms, e.g. 从重或加重."),
        _ => null,
    };

    private static JsonObject Definitions(FactCatalog catalog)
    {
        var factTypes = catalog.Types.Select(t => t.Name).ToArray();
        var derived = catalog.Types.Where(t => t.Origin == FactOrigin.Derived).Select(t => t.Name).ToArray();
        var definitions = new JsonObject
        {
            ["text"] = Text(),
            ["date"] = Date(),
            ["period"] = new JsonObject { ["type"] = "string", ["pattern"] = "^-?P", ["description"] = "An ISO-8601 period, e.g. P6M or P1Y." },
            ["slug"] = new JsonObject { ["type"] = "string", ["pattern"] = IdShapes.Slug.ToString(), ["description"] = "Lower-case letters, digits and hyphens." },
            ["ruleId"] = new JsonObject { ["type"] = "string", ["pattern"] = IdShapes.RuleId.ToString(), ["description"] = "Letters and digits, parts joined by - _ . or /." },
            ["factType"] = new JsonObject { ["enum"] = Strings(factTypes), ["description"] = "A fact type of the catalogue (`accountability facts`)." },
            ["citation"] = new JsonObject
            {
                ["description"] = "The article: \"Art. 19(2)\" (the ruleset's first document) or { document, article }.",
                ["anyOf"] = new JsonArray(Ref("text"), Mapping(CitationReader.Keys, k => k switch
                {
                    "document" => Ref("slug", "A document of documents:."),
                    "article" => Ref("text", "Art. N, Art. N(k), Art. N ¶p, or the text's own numbering (五(二)3)."),
                    _ => null,
                }, "document", "article")),
            },
            ["inForce"] = Mapping(InForceReader.Keys, k => Ref("date", k == "from" ? "The first day." : "The last day, included."), []),
            ["header"] = Mapping(HeaderReader.Keys, key => key switch
            {
                "id" => Ref("slug", "The ruleset id, e.g. yibin-2020."),
                "version" => Ref("text", "The version, e.g. 1.0.0."),
                "title" => Ref("text"),
                "titleEnglish" => Ref("text"),
                "inForce" => new JsonObject { ["allOf"] = new JsonArray(Ref("inForce"), new JsonObject { ["required"] = new JsonArray("from") }) },
                "cites" => Ref("citation"),
                "decisiveDate" => new JsonObject
                {
                    ["description"] = "Which date of a case decides whether the rules apply: decidedOn (the default), { fact, field } or a list of them.",
                    ["anyOf"] = new JsonArray(new JsonObject { ["const"] = HeaderReader.CaseDecisionDate }, Ref("decisiveDate"), ListOf(Ref("decisiveDate"), "One per fact type.")),
                },
                _ => null,
            }, "id", "version", "title", "inForce"),
            ["decisiveDate"] = Mapping(HeaderReader.DecisiveDateKeys, k => k == "fact" ? Ref("factType") : Ref("text", "A date or year field of the fact type."), [.. HeaderReader.DecisiveDateKeys]),
            ["document"] = Mapping(DocumentsReader.Keys, key => key switch
            {
                "id" => Ref("slug"),
                "title" => Ref("text"),
                "number" => new JsonObject { ["type"] = new JsonArray("string", "number", "boolean", "null"), ["description"] = "The 文号." },
                "source" => Ref("text", "A plain-text copy under docs/sources/, with #section for a compilation."),
                _ => null,
            }, "id", "title"),
            ["policy"] = Mapping(PoliciesReader.Keys, key => key switch
            {
                "id" => Ref("slug"),
                "title" => Ref("text"),
                "statement" => Ref("text"),
                "cites" => Ref("citation"),
                _ => null,
            }, "id", "title", "statement"),
            ["conventions"] = Mapping(ConventionsReader.Keys, key => key switch
            {
                "currency" => Ref("text", "e.g. CNY."),
                "calendar" => Ref("slug", "A working-day calendar of rulesets/calendars/ (its file name without .yaml)."),
                "boundaries" => Mapping(ConventionsReader.BoundaryKeys, word => word switch
                {
                    "cites" => Ref("citation"),
                    "policy" => Ref("slug"),
                    _ => new JsonObject { ["enum"] = Strings(ConventionsReader.Readings), ["description"] = $"How {word} reads." },
                }),
                _ => null,
            }),
            ["scaleEntry"] = Entry(CodeListReader.EntryKeys, IdShapes.Slug.ToString()),
            ["code"] = Entry(CodeListReader.CodeKeys, IdShapes.Code.ToString()),
            ["violation"] = Entry(CodeListReader.ViolationKeys, IdShapes.Code.ToString()),
            ["amountRange"] = Range(minimum: 0, maximum: null, [], "An amount range in the ruleset's currency: min/max (included) or the boundary words."),
            ["percentRange"] = Range(minimum: 0, maximum: 100, [], "A percentage range, 0-100: min/max (included) or the boundary words."),
            ["termIncentiveRange"] = Range(minimum: 0, maximum: 100, ["salaryDeferred"], "A percentage range, 0-100, and whether the performance salary's payment is deferred."),
            ["lossTiersRow"] = Mapping(LossTierTable.RowKeysOf, RowKey, "tier", "cites"),
            ["sanctionMatrixRow"] = Mapping(SanctionMatrixTable.RowKeysOf, RowKey, "tier", "responsibilities", "cites"),
            ["promotionRestrictionsRow"] = Mapping(PromotionRestrictionTable.RowKeysOf, RowKey, "measures", "restrictions", "cites"),
            ["factorEffectsRow"] = Mapping(FactorEffectTable.RowKeysOf, RowKey, "factors", "direction", "cites"),
            ["rule"] = Mapping(GeneralRuleReader.RuleKeys, key => key switch
            {
                "id" => Ref("ruleId"),
                "title" => Ref("text"),
                "cites" => Ref("citation"),
                "salience" => new JsonObject { ["type"] = "integer", ["description"] = "Higher fires first; 0 by default." },
                "policy" => Ref("slug", "The policy the rule applies."),
                "inForce" => Ref("inForce", "The rule's own period in force."),
                "when" => ListOf(Ref("condition"), "Patterns, negations and aggregates, binding aliases left to right."),
                "then" => ListOf(Ref("action"), "The facts the rule asserts."),
                _ => null,
            }, "id", "title", "cites", "when", "then"),
            ["condition"] = new JsonObject
            {
                ["description"] = "A pattern ({ fact, as, where }), a negation ({ not: { fact, where } }) or an aggregate ({ aggregate: { fact, where, sum | count }, as }).",
                ["anyOf"] = new JsonArray(
                    Body(ConditionReader.PatternKeys, catalog, "fact"),
                    Mapping(ConditionReader.NotKeys, _ => Body(ConditionReader.PatternKeys, catalog, "fact"), [.. ConditionReader.NotKeys]),
                    Mapping(ConditionReader.AggregateKeys, key => key == "as" ? Ref("alias") : Body(ConditionReader.AggregateBodyKeys, catalog, "fact"), [.. ConditionReader.AggregateKeys])),
            },
            ["alias"] = new JsonObject { ["type"] = "string", ["pattern"] = IdShapes.Alias.ToString(), ["description"] = "An alias for references ($alias.field)." },
            ["action"] = Action(catalog, derived),
            ["operand"] = new JsonObject
            {
                ["description"] = "A literal (typed by the field), null, a reference ($alias.field or $alias), a function call ({ percentOf: [a, b] }) or a list.",
                ["anyOf"] = new JsonArray(
                    new JsonObject { ["type"] = new JsonArray("string", "number", "boolean", "null") },
                    new JsonObject { ["type"] = "array", ["items"] = Ref("operand") },
                    Ref("call")),
            },
            ["call"] = new JsonObject
            {
                ["type"] = "object",
                ["description"] = "A function call: one key, the function's name, with the list of operands.",
                ["properties"] = new JsonObject([.. OperandReader.Functions.Select(f => KeyValuePair.Create(f, (JsonNode?)new JsonObject { ["type"] = "array", ["items"] = Ref("operand") }))]),
                ["minProperties"] = 1,
                ["maxProperties"] = 1,
                ["additionalProperties"] = false,
            },
            ["fieldCondition"] = new JsonObject
            {
                ["description"] = "A literal or reference (equality), a list (one of), null (absent), a function call, or an operator map { eq, ne, lt, le, gt, ge, in, notIn } with the boundary words.",
                ["anyOf"] = new JsonArray(
                    new JsonObject { ["type"] = new JsonArray("string", "number", "boolean", "null") },
                    new JsonObject { ["type"] = "array", ["items"] = Ref("operand") },
                    Ref("call"),
                    new JsonObject
                    {
                        ["type"] = "object",
                        ["properties"] = new JsonObject([.. WhereReader.Operators.Concat(BoundaryWords.All).Select(o => KeyValuePair.Create(o, (JsonNode?)(o is "in" or "notIn" ? new JsonObject { ["type"] = "array", ["items"] = Ref("operand") } : Ref("operand"))))]),
                        ["minProperties"] = 1,
                        ["additionalProperties"] = false,
                    }),
            },
            ["change"] = Change(),
        };
        foreach (var type in catalog.Types)
        {
            definitions["fields." + type.Name] = new JsonObject
            {
                ["type"] = new JsonArray("object", "null"),
                ["description"] = $"Fields of {type.Name}: {type.Description}",
                ["properties"] = new JsonObject([.. type.Fields.Select(f => KeyValuePair.Create(f.Name, (JsonNode?)new JsonObject { ["description"] = $"{f.Kind}: {f.Description}" }))]),
                ["additionalProperties"] = false,
            };
        }

        return definitions;
    }

    private static JsonObject Entry(ImmutableArray<string> keys, string codePattern) => Mapping(keys, key => key switch
    {
        "code" => new JsonObject { ["type"] = "string", ["pattern"] = codePattern },
        "name" => Ref("text", "The text's own words."),
        "english" => Ref("text"),
        "cites" => Ref("citation"),
        "catalogueOnly" => new JsonObject { ["type"] = "boolean", ["description"] = "Listed for cases and readers; no rule reads it on purpose." },
        "area" => Ref("text", "The domain of the violation, e.g. 担保."),
        _ => null,
    }, "code", "name", "cites");

    private static JsonObject Range(int minimum, int? maximum, ImmutableArray<string> extraKeys, string description)
    {
        var bound = new JsonObject { ["type"] = "number", ["minimum"] = minimum };
        if (maximum is { } max)
        {
            bound["maximum"] = max;
        }

        var range = Mapping([.. RangeReader.BoundKeys, .. extraKeys], key => key == "salaryDeferred" ? new JsonObject { ["type"] = "boolean" } : bound.DeepClone());
        range["description"] = description;
        range["minProperties"] = 1;
        return range;
    }

    /// <summary>A pattern's (or negation's, or aggregate's) body: the fact type, and <c>where</c> over that type's fields.</summary>
    private static JsonObject Body(ImmutableArray<string> keys, FactCatalog catalog, string typeKey)
    {
        var body = Mapping(keys, key => key switch
        {
            "fact" => Ref("factType"),
            "as" => Ref("alias"),
            "where" => new JsonObject { ["type"] = new JsonArray("object", "null"), ["additionalProperties"] = Ref("fieldCondition"), ["description"] = "Conditions on the fact's own fields, joined with and." },
            "sum" => Ref("text", "The number field to sum."),
            "count" => new JsonObject { ["const"] = true },
            _ => null,
        }, typeKey);
        body["allOf"] = new JsonArray([.. catalog.Types.Select(t => (JsonNode)new JsonObject
        {
            ["if"] = new JsonObject { ["properties"] = new JsonObject { [typeKey] = new JsonObject { ["const"] = t.Name } }, ["required"] = new JsonArray(typeKey) },
            ["then"] = new JsonObject { ["properties"] = new JsonObject { ["where"] = Ref("fields." + t.Name) } },
        })]);
        return body;
    }

    private static JsonObject Action(FactCatalog catalog, string[] derived)
    {
        var action = Mapping(ActionReader.Keys, key => key switch
        {
            "assert" => new JsonObject { ["enum"] = Strings(derived), ["description"] = "A derived fact type." },
            "set" => new JsonObject { ["type"] = new JsonArray("object", "null"), ["additionalProperties"] = Ref("operand"), ["description"] = "The fields of the asserted fact." },
            _ => null,
        }, "assert");
        action["allOf"] = new JsonArray([.. catalog.Types.Where(t => t.Origin == FactOrigin.Derived).Select(t => (JsonNode)new JsonObject
        {
            ["if"] = new JsonObject { ["properties"] = new JsonObject { ["assert"] = new JsonObject { ["const"] = t.Name } }, ["required"] = new JsonArray("assert") },
            ["then"] = new JsonObject { ["properties"] = new JsonObject { ["set"] = Ref("fields." + t.Name) } },
        })]);
        return action;
    }

    private static JsonObject Change()
    {
        var change = Mapping(ChangesReader.Keys, key => key switch
        {
            "add" => new JsonObject { ["enum"] = Strings(ChangesReader.AddKinds), ["description"] = "add: rule (with rule:) or add: row (with table: and row:)." },
            "replace" => Ref("text", "The id replaced: a rule or row id, policies/<id> or codes/<list>."),
            "remove" => Ref("text", "The id removed: a rule or row id, or policies/<id>."),
            "table" => new JsonObject { ["enum"] = Strings(ChangesReader.Tables) },
            "rule" => Ref("rule"),
            "row" => new JsonObject { ["anyOf"] = new JsonArray([.. ChangesReader.Tables.Select(t => (JsonNode)Ref(t + "Row"))]) },
            "policy" => Ref("policy"),
            "codes" => ListOf(Ref("violation"), "The whole list in the overlay's words.", nonEmpty: true),
            "cites" => Ref("citation", "The change's own authority."),
            _ => null,
        }, "cites");
        change["oneOf"] = new JsonArray([.. ChangesReader.ChangeKinds.Select(k => (JsonNode)new JsonObject { ["required"] = new JsonArray(k) })]);
        return change;
    }
}
