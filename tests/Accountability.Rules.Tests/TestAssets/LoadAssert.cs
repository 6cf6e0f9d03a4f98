using Accountability.Rules.Data;

namespace Accountability.Rules.Tests.TestAssets;

/// <summary>Assertions on load results: an error at an exact position, with its message and hint.</summary>
internal static class LoadAssert
{
    /// <summary>Asserts that the result failed with an error at the position whose message contains <paramref name="message"/>; returns it.</summary>
    public static LoadError HasError<T>(LoadResult<T> result, (int Line, int Column) at, string message)
        where T : class
    {
        Assert.False(result.Succeeded, "The load was expected to fail.");
        var error = result.Errors.FirstOrDefault(e => e.Location.Line == at.Line && e.Location.Column == at.Column && e.Message.Contains(message, StringComparison.Ordinal));
        Assert.True(error is not null, $"No error at {at.Line}:{at.Column} containing \"{message}\". Errors:{Environment.NewLine}{result}");
        return error!;
    }

    /// <summary>Asserts that the result failed with exactly one error, at the position, and returns it.</summary>
    public static LoadError SingleError<T>(LoadResult<T> result, (int Line, int Column) at, string message)
        where T : class
    {
        var error = HasError(result, at, message);
        Assert.True(result.Errors.Length == 1, $"Expected one error, found {result.Errors.Length}:{Environment.NewLine}{result}");
        return error;
    }

    /// <summary>Asserts that the result succeeded, showing the errors when not.</summary>
    public static T Loaded<T>(LoadResult<T> result)
        where T : class
    {
        Assert.True(result.Succeeded, $"Expected no errors:{Environment.NewLine}{result}");
        return result.Value!;
    }
}
