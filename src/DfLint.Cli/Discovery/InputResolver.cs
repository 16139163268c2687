using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using DfLint.Cli.Commands;
using DfLint.Cli.Projects;
using DfLint.Configuration;

namespace DfLint.Cli.Discovery;

/// <summary>One Dockerfile to lint: a file, or standard input.</summary>
/// <param name="FullPath">The absolute path; for standard input, the path <c>--stdin-filename</c> names (or null).</param>
/// <param name="ContextDirectory">The build context a project declares, or null for the default.</param>
public sealed record LintInput(string? FullPath, string DisplayPath, bool IsStdin, string? ContextDirectory = null);

/// <summary>Turns the PATH arguments into Dockerfiles, and what went wrong into one line per problem.</summary>
public static class InputResolver
{
    public const string StdinArgument = "-";

    public static (IReadOnlyList<LintInput> Inputs, IReadOnlyList<string> Errors) Resolve(
        IReadOnlyList<string> paths, CliContext context, string? stdinFileName)
    {
        var inputs = new List<LintInput>();
        var errors = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        bool stdinSeen = false;

        void AddFile(string fullPath, string? contextDir = null)
        {
            if (seen.Add(fullPath)) inputs.Add(new LintInput(fullPath, context.DisplayPath(fullPath), IsStdin: false, contextDir));
        }

        foreach (var path in paths)
        {
            if (path == StdinArgument)
            {
                if (stdinSeen) continue;
                stdinSeen = true;
                string? full = stdinFileName is null ? null : context.FullPath(stdinFileName);
                inputs.Add(new LintInput(full, stdinFileName is null ? "-" : context.DisplayPath(full!), IsStdin: true));
                continue;
            }
            if (path.Length == 0)
            {
                errors.Add("an empty path was given");
                continue;
            }

            string fullPath = context.FullPath(path);
            if (Directory.Exists(fullPath))
            {
                var found = FileWalker.EnumerateFiles(fullPath).Where(f => DockerfileNames.IsDockerfile(Path.GetFileName(f))).ToList();
                if (found.Count == 0) errors.Add($"no Dockerfiles found in '{path}'");
                foreach (var f in found) AddFile(f);
            }
            else if (File.Exists(fullPath))
            {
                if (ProjectDockerfiles.IsProjectOrSolution(fullPath))
                {
                    try
                    {
                        var found = ProjectDockerfiles.Discover(fullPath);
                        if (found.Count == 0) errors.Add($"no Dockerfiles found in '{path}'");
                        foreach (var d in found) AddFile(Path.GetFullPath(d.DockerfilePath), d.ContextDirectory);
                    }
                    catch (ProjectLoadException e)
                    {
                        errors.Add(e.Message);
                    }
                }
                else
                {
                    AddFile(fullPath);
                }
            }
            else if (PathGlob.IsGlob(path))
            {
                var found = PathGlob.Expand(path, context.WorkingDirectory).ToList();
                if (found.Count == 0) errors.Add($"no files match '{path}'");
                foreach (var f in found) AddFile(f);
            }
            else
            {
                errors.Add($"path '{path}' does not exist");
            }
        }
        return (inputs, errors);
    }
}
