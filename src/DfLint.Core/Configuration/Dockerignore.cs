using System;

namespace DfLint.Configuration;

/// <summary>A <c>.dockerignore</c> file that applies to a Dockerfile: its path and text.</summary>
public sealed record DockerignoreFile(string Path, string Text);

/// <summary>
/// Which <c>.dockerignore</c> applies to a Dockerfile, as BuildKit chooses it: <c>&lt;Dockerfile path&gt;.dockerignore</c>
/// next to the Dockerfile (<c>api.Dockerfile.dockerignore</c>) wins over <c>.dockerignore</c> at the root of the build
/// context. Pure: the host reads files through a callback.
/// </summary>
public static class Dockerignore
{
    /// <summary>The name of the context root's ignore file.</summary>
    public const string FileName = ".dockerignore";

    /// <summary>The ignore file BuildKit reads for this Dockerfile only: <c>&lt;dockerfilePath&gt;.dockerignore</c>.</summary>
    public static string DockerfileSpecificPath(string dockerfilePath)
    {
        if (dockerfilePath is null) throw new ArgumentNullException(nameof(dockerfilePath));
        return dockerfilePath + DockerfileNames.DockerignoreSuffix;
    }

    /// <summary>The context root's ignore file, with forward slashes (<see cref="ConfigPaths.Combine"/>).</summary>
    public static string ContextPath(string contextDirectory)
    {
        if (contextDirectory is null) throw new ArgumentNullException(nameof(contextDirectory));
        return ConfigPaths.Combine(contextDirectory, FileName);
    }

    /// <summary>
    /// The <c>.dockerignore</c> that applies, or null when neither exists. <paramref name="read"/> returns a file's text,
    /// or null when it does not exist (or cannot be used); it is asked for the Dockerfile's own ignore file first (when
    /// <paramref name="dockerfilePath"/> is known, not for standard input), then for the context's (when
    /// <paramref name="contextDirectory"/> is known).
    /// </summary>
    public static DockerignoreFile? Find(string? dockerfilePath, string? contextDirectory, Func<string, string?> read)
    {
        if (read is null) throw new ArgumentNullException(nameof(read));
        if (dockerfilePath is not null && dockerfilePath.Length > 0)
        {
            string specific = DockerfileSpecificPath(dockerfilePath);
            if (read(specific) is { } text) return new DockerignoreFile(specific, text);
        }
        if (contextDirectory is not null && contextDirectory.Length > 0)
        {
            string general = ContextPath(contextDirectory);
            if (read(general) is { } text) return new DockerignoreFile(general, text);
        }
        return null;
    }
}
