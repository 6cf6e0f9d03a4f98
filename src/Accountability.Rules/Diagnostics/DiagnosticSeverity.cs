namespace Accountability.Rules.Diagnostics;

/// <summary>How serious a <see cref="Diagnostic"/> is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>The input cannot be used: loading fails, the command exits with code 2.</summary>
    Error,

    /// <summary>The input can be used, but something in it is probably not what the author meant.</summary>
    Warning,
}
