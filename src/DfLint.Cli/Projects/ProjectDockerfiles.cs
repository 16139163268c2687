using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Xml.Linq;
using DfLint.Configuration;
using Microsoft.Build.Locator;

namespace DfLint.Cli.Projects;

/// <summary>A Dockerfile that a project lints in <c>dotnet build</c> (with the DfLint.Analyzers package), and its build context.</summary>
public sealed record ProjectDockerfile(string DockerfilePath, string ProjectPath, string ContextDirectory);

/// <summary>A solution or project that cannot be read; <see cref="Exception.Message"/> is one line for the user.</summary>
public sealed class ProjectLoadException : Exception
{
    public ProjectLoadException(string message) : base(message)
    {
    }
}

/// <summary>
/// Solution mode: evaluates projects with the installed SDK's MSBuild (through Microsoft.Build.Locator) and returns the
/// Dockerfiles each project would lint, by the same rules as the package's <c>build/DfLint.Analyzers.targets</c>
/// (whose globs and name pattern tests hold to Core's <see cref="DockerfileNames"/>, which this uses).
/// Not available in the NativeAOT build, which cannot load MSBuild.
/// </summary>
public static class ProjectDockerfiles
{
    private static readonly string[] SolutionExtensions = { ".sln", ".slnx" };
    private static readonly string[] ProjectExtensions = { ".csproj", ".vbproj", ".fsproj" };
    private static readonly object Gate = new();

    public static bool IsProjectOrSolution(string path)
    {
        if (string.IsNullOrEmpty(path)) return false;
        string ext = Path.GetExtension(path);
        return SolutionExtensions.Concat(ProjectExtensions).Any(e => string.Equals(e, ext, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The Dockerfiles of a solution's projects, or of one project, sorted by project then path.</summary>
    /// <exception cref="ProjectLoadException">No SDK, an unreadable solution or project, or the native (AOT) build.</exception>
    public static IReadOnlyList<ProjectDockerfile> Discover(string path)
    {
        if (!RuntimeFeature.IsDynamicCodeSupported)
            throw new ProjectLoadException("Reading solutions and projects needs MSBuild, which this native build of dflint cannot load; use the dflint dotnet tool, or pass the Dockerfiles instead.");
        if (!IsProjectOrSolution(path))
            throw new ProjectLoadException($"'{path}' is not a solution or project (.sln, .slnx, .csproj, .vbproj, .fsproj).");
        string full = Path.GetFullPath(path);
        if (!File.Exists(full))
            throw new ProjectLoadException($"'{path}' does not exist.");

        RegisterMsBuild();
        var projects = IsSolution(full) ? SolutionProjects(full) : new[] { full };
        return MsBuildEvaluation.Discover(projects);
    }

    private static bool IsSolution(string path)
        => SolutionExtensions.Any(e => string.Equals(e, Path.GetExtension(path), StringComparison.OrdinalIgnoreCase));

    /// <summary>Finds the SDK's MSBuild once per process. No Microsoft.Build type may be touched before this has run.</summary>
    private static void RegisterMsBuild()
    {
        lock (Gate)
        {
            if (MSBuildLocator.IsRegistered) return;
            VisualStudioInstance? instance;
            try
            {
                instance = MSBuildLocator.QueryVisualStudioInstances()
                    .OrderByDescending(i => i.Version)
                    .FirstOrDefault();
            }
            catch (Exception ex) when (ex is InvalidOperationException or IOException or System.ComponentModel.Win32Exception)
            {
                throw new ProjectLoadException($"No .NET SDK found to read projects with ({OneLine(ex.Message)}); install the .NET SDK, or pass the Dockerfiles instead.");
            }
            if (instance is null)
                throw new ProjectLoadException("No .NET SDK found to read projects with; install the .NET SDK, or pass the Dockerfiles instead.");
            MSBuildLocator.RegisterInstance(instance);
        }
    }

    /// <summary>Project paths of a solution. <c>.sln</c> is read with MSBuild's parser; <c>.slnx</c> is plain XML.</summary>
    private static IReadOnlyList<string> SolutionProjects(string solution)
    {
        string dir = Path.GetDirectoryName(solution)!;
        IEnumerable<string> relative;
        try
        {
            relative = string.Equals(Path.GetExtension(solution), ".slnx", StringComparison.OrdinalIgnoreCase)
                ? XDocument.Load(solution).Descendants().Where(e => e.Name.LocalName == "Project")
                    .Select(e => (string?)e.Attribute("Path")).Where(p => !string.IsNullOrEmpty(p)).Select(p => p!)
                : MsBuildEvaluation.SlnProjects(solution);
        }
        catch (Exception ex) when (ex is not ProjectLoadException)
        {
            throw new ProjectLoadException($"{solution}: cannot read the solution: {OneLine(ex.Message)}");
        }
        return relative
            .Select(p => Path.GetFullPath(Path.Combine(dir, p.Replace('\\', Path.DirectorySeparatorChar))))
            .Where(p => ProjectExtensions.Any(e => string.Equals(e, Path.GetExtension(p), StringComparison.OrdinalIgnoreCase)))
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    internal static string OneLine(string s) => string.Join(" ", s.Split(new[] { '\r', '\n' }, StringSplitOptions.RemoveEmptyEntries)).Trim();

    /// <summary>Every use of Microsoft.Build types lives here, so they load only after <see cref="RegisterMsBuild"/>.</summary>
    private static class MsBuildEvaluation
    {
        [MethodImpl(MethodImplOptions.NoInlining)]
        public static IEnumerable<string> SlnProjects(string solution)
            => Microsoft.Build.Construction.SolutionFile.Parse(solution).ProjectsInOrder
                .Where(p => p.ProjectType != Microsoft.Build.Construction.SolutionProjectType.SolutionFolder)
                .Select(p => p.RelativePath)
                .ToList();

        [MethodImpl(MethodImplOptions.NoInlining)]
        public static IReadOnlyList<ProjectDockerfile> Discover(IReadOnlyList<string> projects)
        {
            var result = new List<ProjectDockerfile>();
            using var collection = new Microsoft.Build.Evaluation.ProjectCollection();
            foreach (var projectPath in projects)
            {
                if (!File.Exists(projectPath))
                    throw new ProjectLoadException($"{projectPath}: the project file does not exist.");
                Microsoft.Build.Evaluation.Project project;
                try
                {
                    project = collection.LoadProject(projectPath);
                }
                catch (Microsoft.Build.Exceptions.InvalidProjectFileException ex)
                {
                    throw new ProjectLoadException($"{projectPath}: {OneLine(ex.BaseMessage)}");
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException)
                {
                    throw new ProjectLoadException($"{projectPath}: {OneLine(ex.Message)}");
                }
                result.AddRange(FromProject(project));
                collection.UnloadProject(project);
            }
            return result;
        }

        /// <summary>The rules of build/DfLint.Analyzers.targets, applied to an evaluated project whether or not it references the package.</summary>
        private static IEnumerable<ProjectDockerfile> FromProject(Microsoft.Build.Evaluation.Project project)
        {
            string projectDir = project.DirectoryPath;
            string context = project.GetPropertyValue("DfLintContextDirectory");
            if (string.IsNullOrEmpty(context))
            {
                string dockerfileContext = project.GetPropertyValue("DockerfileContext");
                context = string.IsNullOrEmpty(dockerfileContext) ? projectDir : Path.GetFullPath(Path.Combine(projectDir, dockerfileContext));
            }
            context = Path.TrimEndingDirectorySeparator(Path.GetFullPath(context));

            var files = new List<string>();
            if (!string.Equals(project.GetPropertyValue("DfLintAutoInclude"), "false", StringComparison.OrdinalIgnoreCase))
            {
                files.AddRange(Directory.EnumerateFiles(projectDir).Where(f => DockerfileNames.IsDockerfile(Path.GetFileName(f))));
                foreach (var property in new[] { "DockerfilePath", "DockerfileFile" })
                {
                    string value = project.GetPropertyValue(property);
                    if (string.IsNullOrEmpty(value)) continue;
                    string file = Path.GetFullPath(Path.Combine(projectDir, value));
                    if (File.Exists(file)) files.Add(file);
                }
            }
            foreach (var item in project.GetItems("AdditionalFiles"))
            {
                string kind = item.GetMetadataValue("DfLintKind");
                string file = Path.GetFullPath(Path.Combine(projectDir, item.EvaluatedInclude));
                bool isDockerfile = kind.Length > 0
                    ? string.Equals(kind, "Dockerfile", StringComparison.OrdinalIgnoreCase)
                    : DockerfileNames.IsDockerfile(Path.GetFileName(file));
                if (isDockerfile && File.Exists(file)) files.Add(file);
            }
            return files.Distinct(StringComparer.Ordinal).OrderBy(f => f, StringComparer.Ordinal)
                .Select(f => new ProjectDockerfile(f, project.FullPath, context));
        }
    }
}
