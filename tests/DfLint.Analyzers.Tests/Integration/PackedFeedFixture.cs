using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using DfLint.Analyzers.Tests.Infrastructure;

namespace DfLint.Analyzers.Tests.Integration;

/// <summary>
/// Packs DfLint.Analyzers once (as built for these tests, no rebuild) into a temporary folder feed with a unique version,
/// and gives each test a private NuGet cache and a copy of samples/consumer that restores from that feed.
/// </summary>
public sealed class PackedFeedFixture : IDisposable
{
    public PackedFeedFixture()
    {
        Root = Path.Combine(Path.GetTempPath(), "dflint-it-" + Guid.NewGuid().ToString("N").Substring(0, 8));
        Feed = Path.Combine(Root, "feed");
        Packages = Path.Combine(Root, "packages");
        Directory.CreateDirectory(Feed);
        Version = "0.0.1-it." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture);
        string configuration = typeof(PackedFeedFixture).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .First(a => a.Key == "Configuration").Value!;
        PackResult = Dotnet(RepoPaths.Root, "pack", RepoPaths.AnalyzerProject, "--no-build", "-c", configuration, "-o", Feed,
            "-p:PackageVersion=" + Version, "-nodeReuse:false");
        if (PackResult.ExitCode != 0 || !File.Exists(Path.Combine(Feed, $"DfLint.Analyzers.{Version}.nupkg")))
            throw new InvalidOperationException("dotnet pack failed:\n" + PackResult.Output);
    }

    public string Root { get; }
    public string Feed { get; }
    /// <summary>A private NuGet cache, so a repacked version is never served stale from the machine's cache.</summary>
    public string Packages { get; }
    public string Version { get; }
    public BuildResult PackResult { get; }

    /// <summary>Copies samples/consumer (without bin/obj) to a fresh folder whose nuget.config points at the feed.</summary>
    public string CopyConsumer(string name)
    {
        var dir = Path.Combine(Root, name);
        CopyDirectory(RepoPaths.Consumer, dir);
        File.WriteAllText(Path.Combine(dir, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="dflint-test-feed" value="{Feed}" />
                <add key="machine-cache" value="{MachinePackages()}" />
              </packageSources>
            </configuration>
            """);
        return dir;
    }

    /// <summary><c>dotnet build</c> without a compiler server or node reuse, so nothing is left running.</summary>
    public BuildResult Build(string dir, params string[] extra)
        => Dotnet(dir, new[] { "build", "-nodeReuse:false", "-p:UseSharedCompilation=false", "-clp:NoSummary", "-p:DfLintAnalyzersVersion=" + Version }
            .Concat(extra).ToArray());

    public BuildResult Dotnet(string workingDirectory, params string[] args) => Run(workingDirectory, Packages, args);

    /// <summary>Runs <c>dotnet</c> with a clean MSBuild environment; <paramref name="nugetPackages"/> null keeps the machine's cache.</summary>
    public static BuildResult Run(string workingDirectory, string? nugetPackages, params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) psi.ArgumentList.Add(a);
        // `dotnet test` leaks MSBuild variables into the test host; a nested build must not see them.
        foreach (var key in psi.Environment.Keys.ToList())
            if (key.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) && !key.Equals("MSBUILDDISABLENODEREUSE", StringComparison.OrdinalIgnoreCase))
                psi.Environment.Remove(key);
        if (nugetPackages is not null) psi.Environment["NUGET_PACKAGES"] = nugetPackages;
        psi.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        psi.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        psi.Environment["DOTNET_NOLOGO"] = "1";
        psi.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        var output = new StringBuilder();
        var sw = Stopwatch.StartNew();
        using var p = new Process { StartInfo = psi };
        p.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        p.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        p.Start();
        p.BeginOutputReadLine();
        p.BeginErrorReadLine();
        if (!p.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet {string.Join(' ', args)} did not finish in 3 minutes:\n{output}");
        }
        p.WaitForExit();
        return new BuildResult(p.ExitCode, output.ToString(), sw.Elapsed);
    }

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }

    private static string MachinePackages()
        => Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } p
            ? p
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");

    private static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var f in Directory.EnumerateFiles(from)) File.Copy(f, Path.Combine(to, Path.GetFileName(f)));
        foreach (var d in Directory.EnumerateDirectories(from))
        {
            var name = Path.GetFileName(d);
            if (name is "bin" or "obj") continue;
            CopyDirectory(d, Path.Combine(to, name));
        }
    }
}

public sealed record BuildResult(int ExitCode, string Output, TimeSpan Elapsed)
{
    /// <summary>Distinct diagnostic lines about Dockerfiles, e.g. <c>/tmp/x/Dockerfile(4,1): error DF000: … [/tmp/x/Consumer.csproj]</c>.</summary>
    public IReadOnlyList<string> DockerfileDiagnostics(string ruleId)
        => Output.Split('\n').Select(l => l.Trim()).Where(l => l.Contains($": {"error"} {ruleId}:", StringComparison.Ordinal)
                || l.Contains($": warning {ruleId}:", StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal).ToList();

    public override string ToString() => $"exit {ExitCode} after {Elapsed.TotalSeconds:F1} s\n{Output}";
}

/// <summary>
/// The test classes that build against the packed package share one pack and run one after another: two packs of the same
/// project at once would write the same ReadyToRun images in its obj/ folder.
/// </summary>
[CollectionDefinition(Name)]
public sealed class PackedPackageCollection : ICollectionFixture<PackedFeedFixture>
{
    public const string Name = "packed DfLint.Analyzers package";
}
