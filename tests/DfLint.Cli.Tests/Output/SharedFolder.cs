using System;
using System.IO;

namespace DfLint.Cli.Tests.Output;

/// <summary>Finds the project's <c>shared/</c> folder (schemas, research) by walking up from the test assembly.</summary>
internal static class SharedFolder
{
    public static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared");
            if (Directory.Exists(Path.Combine(candidate, "schemas"))) return candidate;
            if (dir.Parent is not null)
            {
                candidate = Path.Combine(dir.Parent.FullName, "shared");
                if (Directory.Exists(Path.Combine(candidate, "schemas"))) return candidate;
            }
        }
        throw new DirectoryNotFoundException(
            "No shared/schemas folder above " + AppContext.BaseDirectory + "; the SARIF schema tests need shared/schemas/sarif-schema-2.1.0.json.");
    }

    public static string SarifSchemaPath => Path.Combine(Locate(), "schemas", "sarif-schema-2.1.0.json");
}
