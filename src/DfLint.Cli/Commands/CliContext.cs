using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;

namespace DfLint.Cli.Commands;

/// <summary>Everything a command may touch besides the file system: the streams, the working directory, the environment.</summary>
public sealed record CliContext(
    TextReader Stdin,
    TextWriter Stdout,
    TextWriter Stderr,
    string WorkingDirectory,
    IReadOnlyDictionary<string, string?> Environment,
    bool StdoutIsTerminal)
{
    /// <summary>The tool version without the source revision suffix, e.g. <c>0.1.0</c>.</summary>
    public static string ToolVersion { get; } = ReadVersion();

    /// <summary>An absolute path for a user-given path, relative to the working directory.</summary>
    public string FullPath(string path) => Path.GetFullPath(path, WorkingDirectory);

    /// <summary>How a path is shown: relative to the working directory when it lies below it, else absolute; always with '/'.</summary>
    public string DisplayPath(string fullPath)
    {
        string rel = Path.GetRelativePath(WorkingDirectory, fullPath);
        bool outside = rel == ".." || rel.StartsWith("../", StringComparison.Ordinal) || rel.StartsWith("..\\", StringComparison.Ordinal) || Path.IsPathRooted(rel);
        return (outside ? fullPath : rel).Replace('\\', '/');
    }

    /// <summary>NO_COLOR (https://no-color.org): set to a non-empty value means no colour.</summary>
    public bool NoColorRequested => Environment.TryGetValue("NO_COLOR", out var v) && !string.IsNullOrEmpty(v);

    public void Warn(string message) => Stderr.WriteLine("dflint: warning: " + message);

    public void Error(string message) => Stderr.WriteLine("dflint: error: " + message);

    private static string ReadVersion()
    {
        var info = typeof(CliContext).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? typeof(CliContext).Assembly.GetName().Version?.ToString() ?? "0.0.0";
        int plus = info.IndexOf('+');
        return plus >= 0 ? info.Substring(0, plus) : info;
    }
}

/// <summary>A usage, configuration or I/O problem: printed as one <c>dflint: error:</c> line, exit code 2.</summary>
public sealed class CliException : Exception
{
    public CliException(string message) : base(message) { }
}

public static class ExitCodes
{
    public const int Success = 0;
    public const int Findings = 1;
    public const int Error = 2;
}
