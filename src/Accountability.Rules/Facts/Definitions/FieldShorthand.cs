namespace Accountability.Rules.Facts.Definitions;

/// <summary>Short names for the field tables of the fact definitions, imported with <c>using static</c>.</summary>
internal static class FieldShorthand
{
    public const bool Req = false;
    public const bool Opt = true;
    public const FactOrigin In = FactOrigin.Input;
    public const FactOrigin Out = FactOrigin.Derived;
    public const ValueKind Num = ValueKind.Number;
    public const ValueKind Txt = ValueKind.Text;
    public const ValueKind Bool = ValueKind.Boolean;
    public const ValueKind Date = ValueKind.Date;
    public const ValueKind Per = ValueKind.Period;
    public const ValueKind List = ValueKind.TextList;

    /// <summary>A field of a case section.</summary>
    public static FieldSpec F(string name, ValueKind kind, bool optional, string description) => new(name, kind, optional, description);
}
