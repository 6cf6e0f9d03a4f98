using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Accountability.Rules.Data.Yaml;
using Accountability.Rules.Facts;

namespace Accountability.Rules.Data.Cases;

/// <summary>
/// What reading a case needs to know of a fact catalogue, worked out once per catalogue rather than
/// per case: the top-level keys, each section's fields with their paths for messages, the sections
/// nested in its entries and the keys an entry may have.
/// Immutable and thread-safe.
/// </summary>
internal sealed class CaseLayout
{
    /// <summary>The fact type of the persons that <c>person</c> fields name.</summary>
    private const string PersonType = "person";

    private static readonly ConditionalWeakTable<FactCatalog, CaseLayout> Layouts = [];

    private CaseLayout(FactCatalog catalog)
    {
        SectionTypes = [.. catalog.Types.Where(t => t.Origin == FactOrigin.Input && t.CaseSection is not null)];
        TopKeys = [.. CaseReader.HeaderKeys, .. SectionTypes.Select(t => t.CaseSection!)];
        Top = new MappingKeys(TopKeys);
        var sections = new Dictionary<string, SectionLayout>(StringComparer.Ordinal);
        foreach (var type in SectionTypes)
        {
            Add(type, type.Section!.Key);
        }

        Sections = [.. SectionTypes.Select(t => sections[t.Name])];
        foreach (var section in sections.Values)
        {
            MaxEntryKeys = Math.Max(MaxEntryKeys, section.Keys.Names.Length);
        }

        Persons = sections.GetValueOrDefault(PersonType);
        SectionCount = sections.Count;

        SectionLayout Add(FactSchema schema, string path)
        {
            var children = catalog.Types.Where(t => t.Section?.ParentType == schema.Name).Select(c => Add(c, path + "." + c.Section!.Key)).ToImmutableArray();
            var section = new SectionLayout(schema, path, children, sections.Count);
            sections.Add(schema.Name, section);
            return section;
        }
    }

    /// <summary>The fact types stated in a top-level section, in catalogue order.</summary>
    public ImmutableArray<FactSchema> SectionTypes { get; }

    /// <summary>The layouts of <see cref="SectionTypes"/>, in the same order.</summary>
    public ImmutableArray<SectionLayout> Sections { get; }

    /// <summary>Every top-level key a case file may have: the header, then the sections in catalogue order.</summary>
    public ImmutableArray<string> TopKeys { get; }

    /// <summary><see cref="TopKeys"/> by index: the header's keys at 0 and 1, then each of <see cref="SectionTypes"/>'s.</summary>
    public MappingKeys Top { get; }

    /// <summary>The most keys an entry of a section may have (<see cref="SectionLayout.Keys"/>).</summary>
    public int MaxEntryKeys { get; }

    /// <summary>How many sections there are, nested ones included: each has a <see cref="SectionLayout.Number"/> below it.</summary>
    public int SectionCount { get; }

    /// <summary>The section of the persons the <c>person</c> fields of the case name; <c>null</c> when the catalogue has none.</summary>
    public SectionLayout? Persons { get; }

    /// <summary>The layout of <paramref name="catalog"/>, worked out on first use.</summary>
    public static CaseLayout Of(FactCatalog catalog) => Layouts.GetValue(catalog, static c => new CaseLayout(c));

    /// <summary>One section: its fact type, its path in the document, its fields and the sections nested in its entries.</summary>
    internal sealed class SectionLayout
    {
        public SectionLayout(FactSchema schema, string path, ImmutableArray<SectionLayout> children, int number)
        {
            Schema = schema;
            Number = number;
            Path = path;
            Children = children;
            Key = schema.Section!.Key;
            Shorthand = schema.Section.Shorthand is { } shorthand ? schema[shorthand] : null;
            ParentField = schema.Section.ParentField is { } parent ? schema[parent] : null;
            Fields = [.. schema.Fields.Where(f => f.Name != schema.Section.ParentField).Select(f => new FieldLayout(this, f, path + "." + f.Name))];
            Keys = new MappingKeys([.. Fields.Select(f => f.Field.Name), .. children.Select(c => c.Key)]);
        }

        /// <summary>The fact type.</summary>
        public FactSchema Schema { get; }

        /// <summary>The section's number among the layout's sections (from 0; nested sections are numbered before their parent).</summary>
        public int Number { get; }

        /// <summary>The section's key in its parent (the document, or an entry of the parent section).</summary>
        public string Key { get; }

        /// <summary>The path for messages, e.g. <c>persons.conduct</c>.</summary>
        public string Path { get; }

        /// <summary>The field a plain scalar item sets; <c>null</c> when items must be mappings.</summary>
        public FieldSchema? Shorthand { get; }

        /// <summary>The field that takes the id of the parent entry, for a nested section.</summary>
        public FieldSchema? ParentField { get; }

        /// <summary>The fields an entry states (all but the parent field).</summary>
        public ImmutableArray<FieldLayout> Fields { get; }

        /// <summary>The sections nested in an entry.</summary>
        public ImmutableArray<SectionLayout> Children { get; }

        /// <summary>The keys an entry may have: its fields (at the index of <see cref="Fields"/>), then its nested sections.</summary>
        public MappingKeys Keys { get; }
    }

    /// <summary>One field of a section, with what reading it needs.</summary>
    internal sealed class FieldLayout
    {
        public FieldLayout(SectionLayout section, FieldSchema field, string path)
        {
            Section = section;
            Field = field;
            Path = path;
            Required = !field.Optional && field.Input.Default is null;
            IsId = field.Name == "id";
            IsPerson = field.Name == "person";
            if (!field.Input.AllowedValues.IsEmpty)
            {
                AllowedValues = field.Input.AllowedValues.ToFrozenSet(StringComparer.Ordinal);
                AllowedValuesName = $"valid {field.Input.What ?? field.Name} values";
            }
        }

        /// <summary>The section of the field.</summary>
        public SectionLayout Section { get; }

        /// <summary>The field.</summary>
        public FieldSchema Field { get; }

        /// <summary>The field's path for messages, e.g. <c>losses.amount</c>.</summary>
        public string Path { get; }

        /// <summary>Whether an entry must state the field (not optional, no default).</summary>
        public bool Required { get; }

        /// <summary>Whether the field is the entry's id (unique among the facts of its type).</summary>
        public bool IsId { get; }

        /// <summary>Whether the field names a person of the case.</summary>
        public bool IsPerson { get; }

        /// <summary>The fixed vocabulary of the field; <c>null</c> when it has none.</summary>
        public FrozenSet<string>? AllowedValues { get; }

        /// <summary>How the hint of a value outside <see cref="AllowedValues"/> introduces the list.</summary>
        public string? AllowedValuesName { get; }
    }
}
