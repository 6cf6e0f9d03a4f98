namespace Accountability.Rules.Cli;

/// <summary>The exit codes of the <c>accountability</c> command.</summary>
internal static class ExitCodes
{
    /// <summary>The case was evaluated; the rulesets are clean; the listing was printed.</summary>
    public const int Success = 0;

    /// <summary>The case is out of scope, the ruleset is not in force on the decision date, or the case does not fit the ruleset.</summary>
    public const int NotEvaluated = 1;

    /// <summary>Bad input: an unreadable file, YAML or JSON errors, unknown keys or codes, bad arguments.</summary>
    public const int BadInput = 2;

    /// <summary>A bug in the command or the library (never a mistake in the input): one line on stderr.</summary>
    public const int InternalError = 3;
}
