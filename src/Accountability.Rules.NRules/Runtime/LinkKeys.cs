namespace Accountability.Rules.NRules.Runtime;

/// <summary>Boxed keys for the facts a firing links to its activation, one per assert action.</summary>
internal static class LinkKeys
{
    private static readonly object[] Keys = [.. Enumerable.Range(0, 16).Select(i => (object)i)];

    public static object Of(int index) => index < Keys.Length ? Keys[index] : index;
}
