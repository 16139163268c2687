using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using DfLint.Analyzers.Tests.Infrastructure;

namespace DfLint.Analyzers.Tests.Integration;

/// <summary>
/// Replays pre-commit's <c>language: dotnet</c> install on a copy of this repository: <c>dotnet pack</c> at the root
/// into <c>pre-commit-build</c>, then <c>dotnet tool install</c> of every package produced, from that folder only.
/// Any package that is not a tool (the analyzer package, a library) would break every user's hook.
/// </summary>
public sealed class PreCommitInstallTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "dflint-precommit-" + Guid.NewGuid().ToString("N").Substring(0, 8));

    [Fact]
    public void Pack_at_the_root_produces_only_the_tool_and_it_installs_and_runs()
    {
        var clone = Path.Combine(_root, "repo");
        CopyTrackedFiles(RepoPaths.Root, clone);
        var build = Path.Combine(clone, "pre-commit-build");

        var pack = PackedFeedFixture.Run(clone, null, "pack", "--configuration", "Release", "--property", "PackageOutputPath=" + build, "-nodeReuse:false");
        pack.ExitCode.Should().Be(0, pack.Output);
        var packages = Directory.GetFiles(build, "*.nupkg").Select(Path.GetFileName).ToList();
        packages.Should().ContainSingle().Which.Should().StartWith("DfLint.").And.NotStartWith("DfLint.Analyzers");

        var config = Path.Combine(_root, "nuget.config");
        File.WriteAllText(config, "<?xml version=\"1.0\" encoding=\"utf-8\"?><configuration><packageSources><clear /></packageSources></configuration>");
        var bin = Path.Combine(clone, "dotnetenv-default", "bin");
        var install = PackedFeedFixture.Run(_root, null, "tool", "install", "--configfile", config, "--tool-path", bin, "--add-source", build, "DfLint");
        install.ExitCode.Should().Be(0, install.Output);

        var sample = Path.Combine(RepoPaths.Root, "samples", "rules", "DF101.Dockerfile");
        var run = Process.Start(new ProcessStartInfo(Path.Combine(bin, "dflint"), new[] { "--no-color", sample })
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        string output = run.StandardOutput.ReadToEnd() + run.StandardError.ReadToEnd();
        run.WaitForExit();
        run.ExitCode.Should().Be(1, output);
        output.Should().Contain("warning DF101:");

        // The package is RID-agnostic: IL for every platform, plus ReadyToRun images for this machine's runtime that the
        // deps.json names as runtimeTargets (src/ReadyToRun.targets), or start-up is JIT-bound again.
        var toolDir = Directory.GetFiles(Path.Combine(bin, ".store"), "dflint.deps.json", SearchOption.AllDirectories).Should().ContainSingle().Subject;
        toolDir = Path.GetDirectoryName(toolDir)!;
        var il = Directory.GetFiles(toolDir, "*.dll");
        il.Select(Path.GetFileName).Should().Contain(new[] { "dflint.dll", "DfLint.Core.dll", "Sprache.dll", "System.CommandLine.dll" });
        il.Where(ReadyToRunImages.IsReadyToRun).Should().BeEmpty("the RID-agnostic assemblies must stay IL, which loads everywhere");
        if (ReadyToRunImages.ExpectedRuntime is { } rid)
        {
            var images = Path.Combine(toolDir, "runtimes", rid, "lib", "net10.0");
            foreach (var assembly in il)
            {
                var image = Path.Combine(images, Path.GetFileName(assembly));
                File.Exists(image).Should().BeTrue($"{image} should exist");
                ReadyToRunImages.IsReadyToRun(image).Should().BeTrue($"{image} should be precompiled");
            }
            using var deps = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(toolDir, "dflint.deps.json")));
            var runtimeTargets = deps.RootElement.GetProperty("targets").EnumerateObject().Single().Value.EnumerateObject()
                .Where(library => library.Value.TryGetProperty("runtimeTargets", out _))
                .SelectMany(library => library.Value.GetProperty("runtimeTargets").EnumerateObject())
                .ToDictionary(t => t.Name, t => t.Value.GetProperty("rid").GetString());
            foreach (var assembly in il)
                runtimeTargets.Should().Contain($"runtimes/{rid}/lib/net10.0/{Path.GetFileName(assembly)}", rid);

            // Start-up, as a count instead of a timing: the runtime lists every method it JIT-compiles. With the images
            // loaded, none of our code and no generic instantiation over our types may be among them (ReadyToRun cannot
            // precompile BCL generics over our value types, so each such use costs a JIT compilation on every run). What
            // is left is System.CommandLine's and Sprache's own generics: 38 on .NET 10.0.12; the bound leaves room for
            // other runtime versions.
            var jitLog = Path.Combine(_root, "jit.txt");
            var traced = new ProcessStartInfo(Path.Combine(bin, "dflint"), new[] { "--no-color", sample })
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            traced.Environment["DOTNET_JitDisasmSummary"] = "1";
            traced.Environment["DOTNET_JitStdOutFile"] = jitLog;
            var tracedRun = Process.Start(traced)!;
            tracedRun.StandardOutput.ReadToEnd();
            tracedRun.StandardError.ReadToEnd();
            tracedRun.WaitForExit();
            var jitted = File.ReadAllLines(jitLog).Where(l => l.Contains("JIT compiled", StringComparison.Ordinal))
                .Select(l => l.Substring(l.IndexOf("JIT compiled", StringComparison.Ordinal))).Distinct().ToList();
            jitted.Should().NotBeEmpty("the runtime should have written its JIT log");
            jitted.Where(l => l.Contains("DfLint", StringComparison.Ordinal)).Should().BeEmpty("our code should all be precompiled");
            jitted.Count.Should().BeLessThan(80, string.Join("\n", jitted));
        }
    }

    private static void CopyTrackedFiles(string from, string to)
    {
        var git = Process.Start(new ProcessStartInfo("git", new[] { "-C", from, "ls-files", "-z" }) { RedirectStandardOutput = true })!;
        var files = git.StandardOutput.ReadToEnd().Split('\0', StringSplitOptions.RemoveEmptyEntries);
        git.WaitForExit();
        git.ExitCode.Should().Be(0);
        foreach (var f in files)
        {
            var source = Path.Combine(from, f);
            if (!File.Exists(source)) continue; // deleted in the working tree
            var target = Path.Combine(to, f);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(source, target);
        }
    }

    public void Dispose()
    {
        try { Directory.Delete(_root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
