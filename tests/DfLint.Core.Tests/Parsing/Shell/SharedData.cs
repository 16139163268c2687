using System;
using System.IO;

namespace DfLint.Core.Tests.Parsing.Shell;

/// <summary>
/// Locates the project's <c>shared/</c> folder (conformance data) by walking up from the test
/// assembly directory until a directory holding <c>shared/conformance</c> is found. This works from
/// the main checkout and from any clone whose parent (or other ancestor) holds <c>shared/</c>.
/// </summary>
internal static class SharedData
{
    private static readonly Lazy<string> Root = new(Locate);

    public static string SharedRoot => Root.Value;

    public static string PathTo(params string[] parts) => Path.Combine(SharedRoot, Path.Combine(parts));

    private static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "shared");
            if (Directory.Exists(Path.Combine(candidate, "conformance")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException(
            "No 'shared/conformance' folder found above " + AppContext.BaseDirectory);
    }
}
