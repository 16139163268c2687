using System.Collections.Generic;
using DfLint.Configuration;

namespace DfLint.Core.Tests.Configuration;

public class DockerignoreTests
{
    private sealed class Files
    {
        private readonly Dictionary<string, string> _files;

        public Files(Dictionary<string, string> files) => _files = files;

        public List<string> Asked { get; } = new();

        public string? Read(string path)
        {
            Asked.Add(path);
            return _files.TryGetValue(path, out var text) ? text : null;
        }
    }

    [Fact]
    public void The_Dockerfiles_own_ignore_file_wins_over_the_contexts()
    {
        var files = new Files(new() { ["/r/api.Dockerfile.dockerignore"] = "own", ["/r/.dockerignore"] = "context" });

        var found = Dockerignore.Find("/r/api.Dockerfile", "/r", files.Read);

        found.Should().Be(new DockerignoreFile("/r/api.Dockerfile.dockerignore", "own"));
        files.Asked.Should().Equal("/r/api.Dockerfile.dockerignore");
    }

    [Fact]
    public void Falls_back_to_the_context_roots_ignore_file()
    {
        var files = new Files(new() { ["/ctx/.dockerignore"] = "context" });

        var found = Dockerignore.Find("/r/sub/Dockerfile", "/ctx/", files.Read);

        found.Should().Be(new DockerignoreFile("/ctx/.dockerignore", "context"));
        files.Asked.Should().Equal("/r/sub/Dockerfile.dockerignore", "/ctx/.dockerignore");
    }

    [Fact]
    public void Another_Dockerfiles_ignore_file_does_not_apply()
    {
        var files = new Files(new() { ["/r/Dockerfile.dockerignore"] = "for Dockerfile" });

        Dockerignore.Find("/r/api.Dockerfile", "/r", files.Read).Should().BeNull();
    }

    [Fact]
    public void Standard_input_without_a_name_uses_the_contexts_file_only()
    {
        var files = new Files(new() { ["/r/.dockerignore"] = "context" });

        Dockerignore.Find(null, "/r", files.Read)!.Text.Should().Be("context");
        files.Asked.Should().Equal("/r/.dockerignore");
    }

    [Fact]
    public void Windows_paths_keep_the_Dockerfiles_spelling_and_join_the_context_with_a_slash()
    {
        var files = new Files(new());

        Dockerignore.Find(@"C:\r\Dockerfile", @"C:\r\", files.Read).Should().BeNull();

        files.Asked.Should().Equal(@"C:\r\Dockerfile.dockerignore", "C:/r/.dockerignore");
    }

    [Fact]
    public void Nothing_is_read_without_a_Dockerfile_path_or_a_context()
    {
        var files = new Files(new());

        Dockerignore.Find(null, null, files.Read).Should().BeNull();
        files.Asked.Should().BeEmpty();
    }
}
