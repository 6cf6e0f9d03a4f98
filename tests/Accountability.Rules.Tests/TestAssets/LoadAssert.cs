using Accountability.Rules.Data;
using Accountability.Rules.Diagnostics;

namespace Accountability.Rules.Tests.TestAssets;

/// <summary>Assertions on load results: a diagnostic of a kind (its id) at an exact position.</summary>
internal static class LoadAssert
{
    /// <summary>Asserts that the result failed with a diagnostic <paramref name="id"/> at the position; returns it.</summary>
    public static Diagnostic HasError<T>(LoadResult<T> result, string id, (int Line, int Column) at)
        where T : class
    {
        Assert.False(result.Succeeded, "The load was expected to fail.");
        var error = result.Diagnostics.FirstOrDefault(e => e.Id == id && e.Location is { } l && l.Line == at.Line && l.Column == at.Column);
        Assert.True(error is not null, $"No {id} at {at.Line}:{at.Column}. Diagnostics:{Environment.NewLine}{result}");
        return error!;
    }

    /// <summary>Asserts that the result failed with exactly one diagnostic, <paramref name="id"/> at the position, and returns it.</summary>
    public static Diagnostic SingleError<T>(LoadResult<T> result, string id, (int Line, int Column) at)
        where T : class
    {
        var error = HasError(result, id, at);
        Assert.True(result.Diagnostics.Length == 1, $"Expected one diagnostic, found {result.Diagnostics.Length}:{Environment.NewLine}{result}");
        return error;
    }

    /// <summary>Asserts that the result succeeded, showing the diagnostics when not.</summary>
    public static T Loaded<T>(LoadResult<T> result)
        where T : class
    {
        Assert.True(result.Succeeded, $"Expected no errors:{Environment.NewLine}{result}");
        return result.Value!;
    }
}
