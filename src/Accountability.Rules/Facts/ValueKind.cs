namespace Accountability.Rules.Facts;

/// <summary>The type of a fact field or an expression in a rule.</summary>
public enum ValueKind
{
    /// <summary>No value: an absent optional field.</summary>
    Null = 0,

    /// <summary>A <see cref="decimal"/> number: money, percentages, ranks.</summary>
    Number,

    /// <summary>Text, including codes such as <c>major</c> or <c>诫勉</c>.</summary>
    Text,

    /// <summary>A boolean.</summary>
    Boolean,

    /// <summary>A NodaTime <see cref="NodaTime.LocalDate"/>.</summary>
    Date,

    /// <summary>A NodaTime <see cref="NodaTime.Period"/> such as <c>P6M</c>.</summary>
    Period,

    /// <summary>An ordered list of texts, such as the measures of a sanction row.</summary>
    TextList,
}
