using System;
using System.IO;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;

namespace DfLint.Analyzers.Tests.Infrastructure;

/// <summary>Whether an assembly carries ReadyToRun (precompiled) code, and whether the packs on this machine should.</summary>
public static class ReadyToRunImages
{
    /// <summary>True when the PE file has a ReadyToRun header (the CLI header's ManagedNativeHeader directory).</summary>
    public static bool IsReadyToRun(string path)
    {
        using var stream = File.OpenRead(path);
        using var reader = new PEReader(stream);
        return reader.PEHeaders.CorHeader is { } cor && cor.ManagedNativeHeaderDirectory.Size > 0;
    }

    public static bool IsReadyToRun(Stream stream)
    {
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        copy.Position = 0;
        using var reader = new PEReader(copy);
        return reader.PEHeaders.CorHeader is { } cor && cor.ManagedNativeHeaderDirectory.Size > 0;
    }

    /// <summary>
    /// The portable RID of this machine (linux-x64, osx-arm64, win-x64, …), which src/ReadyToRun.targets compiles for by
    /// default; null on an OS or architecture it does not know, or when DfLintReadyToRun=false is set in the environment.
    /// </summary>
    public static string? ExpectedRuntime
    {
        get
        {
            if (string.Equals(Environment.GetEnvironmentVariable("DfLintReadyToRun"), "false", StringComparison.OrdinalIgnoreCase)) return null;
            string? os = OperatingSystem.IsLinux() ? "linux" : OperatingSystem.IsMacOS() ? "osx" : OperatingSystem.IsWindows() ? "win" : null;
            string? arch = RuntimeInformation.OSArchitecture switch
            {
                Architecture.X64 => "x64",
                Architecture.Arm64 => "arm64",
                _ => null,
            };
            return os is null || arch is null ? null : os + "-" + arch;
        }
    }
}
