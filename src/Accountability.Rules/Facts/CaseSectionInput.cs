namespace Accountability.Rules.Facts;

/// <summary>
/// Where and how case files state the facts of an input type. A top-level section is a list of
/// mappings under <see cref="Key"/> (or one mapping, when <see cref="Single"/>); a nested section is
/// a list under <see cref="Key"/> inside each entry of its parent type's section, whose facts take
/// the parent's <c>id</c> in <see cref="ParentField"/>. An item may be a plain scalar when the
/// section has a <see cref="Shorthand"/> field: the scalar is that field's value. Immutable.
/// </summary>
/// <param name="Key">The key of the section: top-level in the case file, or within a parent entry.</param>
internal sealed record CaseSectionInput(string Key)
{
    /// <summary>Whether the section is one mapping, not a list: the case has exactly one fact of the type, with only the fields it states.</summary>
    public bool Single { get; init; }

    /// <summary>The field a plain scalar item gives, e.g. <c>code</c>; <c>null</c> when items are mappings only.</summary>
    public string? Shorthand { get; init; }

    /// <summary>For a nested section, the input type in whose entries it is stated, e.g. <c>person</c>.</summary>
    public string? ParentType { get; init; }

    /// <summary>For a nested section, the field that takes the parent entry's id.</summary>
    public string? ParentField { get; init; }

    /// <summary>A list of mappings under a top-level key.</summary>
    public static CaseSectionInput List(string key, string? shorthand = null) => new(key) { Shorthand = shorthand };

    /// <summary>One mapping under a top-level key.</summary>
    public static CaseSectionInput One(string key) => new(key) { Single = true };

    /// <summary>A list of scalars (or mappings) under <paramref name="key"/> in each entry of <paramref name="parentType"/>.</summary>
    public static CaseSectionInput Nested(string parentType, string key, string parentField, string shorthand) =>
        new(key) { ParentType = parentType, ParentField = parentField, Shorthand = shorthand };
}
