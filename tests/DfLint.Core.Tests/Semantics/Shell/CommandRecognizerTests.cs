using System.Linq;
using DfLint.Semantics.Shell;

namespace DfLint.Core.Tests.Semantics.Shell;

public class CommandRecognizerTests
{
    private static RecognizedCommand Recognize(string script)
    {
        var recognized = CommandRecognizer.Recognize(ShellScript.Parse(script).Commands.Single());
        recognized.Should().NotBeNull(script);
        return recognized!;
    }

    private static string[] Values(System.Collections.Generic.IReadOnlyList<ShellWord> words) => words.Select(w => w.Value).ToArray();

    [Theory]
    [InlineData("ls -la")]
    [InlineData("echo apt-get install x")]
    [InlineData("$PIP install x")]
    [InlineData("pipenv install")]
    [InlineData("python script.py -m pip install x")]
    [InlineData("python -c 'import pip'")]
    [InlineData("python -m venv /venv")]
    public void Ignores_other_commands(string script)
    {
        CommandRecognizer.Recognize(ShellScript.Parse(script).Commands.Single()).Should().BeNull();
    }

    [Theory]
    [InlineData("apt-get update", ShellTool.AptGet, "update", CommandTraits.PackageIndexUpdate)]
    [InlineData("apt-get -y install curl", ShellTool.AptGet, "install", CommandTraits.SystemPackageInstall)]
    [InlineData("apt install curl", ShellTool.Apt, "install", CommandTraits.SystemPackageInstall)]
    [InlineData("aptitude install curl", ShellTool.Aptitude, "install", CommandTraits.SystemPackageInstall)]
    [InlineData("apt-get upgrade -y", ShellTool.AptGet, "upgrade", CommandTraits.SystemUpgrade)]
    [InlineData("apt-get dist-upgrade", ShellTool.AptGet, "dist-upgrade", CommandTraits.SystemUpgrade)]
    [InlineData("apt-get clean", ShellTool.AptGet, "clean", CommandTraits.CacheCleanup)]
    [InlineData("apt-get -o Acquire::Retries=3 Update", ShellTool.AptGet, "update", CommandTraits.PackageIndexUpdate)]
    [InlineData("apk add --no-cache curl", ShellTool.Apk, "add", CommandTraits.SystemPackageInstall)]
    [InlineData("apk add -U curl", ShellTool.Apk, "add", CommandTraits.SystemPackageInstall | CommandTraits.PackageIndexUpdate)]
    [InlineData("apk update", ShellTool.Apk, "update", CommandTraits.PackageIndexUpdate)]
    [InlineData("apk upgrade", ShellTool.Apk, "upgrade", CommandTraits.SystemUpgrade)]
    [InlineData("apk cache clean", ShellTool.Apk, "cache", CommandTraits.CacheCleanup)]
    [InlineData("yum install -y httpd", ShellTool.Yum, "install", CommandTraits.SystemPackageInstall)]
    [InlineData("yum clean all", ShellTool.Yum, "clean", CommandTraits.CacheCleanup)]
    [InlineData("yum -y update", ShellTool.Yum, "update", CommandTraits.SystemUpgrade)]
    [InlineData("dnf --setopt=install_weak_deps=False install -y gcc", ShellTool.Dnf, "install", CommandTraits.SystemPackageInstall)]
    [InlineData("dnf module install -y nodejs:18", ShellTool.Dnf, "module install", CommandTraits.SystemPackageInstall)]
    [InlineData("dnf makecache", ShellTool.Dnf, "makecache", CommandTraits.PackageIndexUpdate)]
    [InlineData("microdnf install -y tar", ShellTool.Microdnf, "install", CommandTraits.SystemPackageInstall)]
    [InlineData("microdnf clean all", ShellTool.Microdnf, "clean", CommandTraits.CacheCleanup)]
    [InlineData("zypper -n in vim", ShellTool.Zypper, "install", CommandTraits.SystemPackageInstall)]
    [InlineData("zypper --non-interactive install -y vim", ShellTool.Zypper, "install", CommandTraits.SystemPackageInstall)]
    [InlineData("zypper ref", ShellTool.Zypper, "refresh", CommandTraits.PackageIndexUpdate)]
    [InlineData("zypper dup", ShellTool.Zypper, "dist-upgrade", CommandTraits.SystemUpgrade)]
    [InlineData("zypper clean -a", ShellTool.Zypper, "clean", CommandTraits.CacheCleanup)]
    [InlineData("pip install flask", ShellTool.Pip, "install", CommandTraits.DependencyInstall)]
    [InlineData("pip3 install -r requirements.txt", ShellTool.Pip, "install", CommandTraits.DependencyInstall | CommandTraits.ManifestOnly)]
    [InlineData("pip3.12 --no-cache-dir install -r req.txt -c constraints.txt", ShellTool.Pip, "install", CommandTraits.DependencyInstall | CommandTraits.ManifestOnly)]
    [InlineData("pip install -r req.txt -e .", ShellTool.Pip, "install", CommandTraits.DependencyInstall)]
    [InlineData("pip install -r req.txt .", ShellTool.Pip, "install", CommandTraits.DependencyInstall)]
    [InlineData("python -m pip install --upgrade pip", ShellTool.Pip, "install", CommandTraits.DependencyInstall)]
    [InlineData("python3 -u -m pip install x", ShellTool.Pip, "install", CommandTraits.DependencyInstall)]
    [InlineData("/usr/bin/python3.11 -mpip install x", ShellTool.Pip, "install", CommandTraits.DependencyInstall)]
    [InlineData("pip cache purge", ShellTool.Pip, "cache", CommandTraits.CacheCleanup)]
    [InlineData("poetry install --no-root", ShellTool.Poetry, "install", CommandTraits.DependencyInstall | CommandTraits.ManifestOnly)]
    [InlineData("poetry add requests", ShellTool.Poetry, "add", CommandTraits.DependencyInstall)]
    [InlineData("npm install", ShellTool.Npm, "install", CommandTraits.DependencyInstall | CommandTraits.ManifestOnly)]
    [InlineData("npm i --production", ShellTool.Npm, "install", CommandTraits.DependencyInstall | CommandTraits.ManifestOnly)]
    [InlineData("npm install -g typescript", ShellTool.Npm, "install", CommandTraits.DependencyInstall)]
    [InlineData("npm ci --omit=dev", ShellTool.Npm, "ci", CommandTraits.DependencyInstall | CommandTraits.ManifestOnly)]
    [InlineData("npm clean-install", ShellTool.Npm, "ci", CommandTraits.DependencyInstall | CommandTraits.ManifestOnly)]
    [InlineData("npm run build", ShellTool.Npm, "run", CommandTraits.Build)]
    [InlineData("npm run-script build:prod", ShellTool.Npm, "run", CommandTraits.Build)]
    [InlineData("npm run test", ShellTool.Npm, "run", CommandTraits.None)]
    [InlineData("npm cache clean --force", ShellTool.Npm, "cache", CommandTraits.CacheCleanup)]
    [InlineData("yarn", ShellTool.Yarn, "install", CommandTraits.DependencyInstall | CommandTraits.ManifestOnly)]
    [InlineData("yarn --frozen-lockfile", ShellTool.Yarn, "install", CommandTraits.DependencyInstall | CommandTraits.ManifestOnly)]
    [InlineData("yarn install --immutable", ShellTool.Yarn, "install", CommandTraits.DependencyInstall | CommandTraits.ManifestOnly)]
    [InlineData("yarn add lodash", ShellTool.Yarn, "add", CommandTraits.DependencyInstall)]
    [InlineData("yarn global add serve", ShellTool.Yarn, "global add", CommandTraits.DependencyInstall)]
    [InlineData("yarn build", ShellTool.Yarn, "run", CommandTraits.Build)]
    [InlineData("yarn run build", ShellTool.Yarn, "run", CommandTraits.Build)]
    [InlineData("yarn cache clean", ShellTool.Yarn, "cache", CommandTraits.CacheCleanup)]
    [InlineData("pnpm install --frozen-lockfile", ShellTool.Pnpm, "install", CommandTraits.DependencyInstall | CommandTraits.ManifestOnly)]
    [InlineData("pnpm i", ShellTool.Pnpm, "install", CommandTraits.DependencyInstall | CommandTraits.ManifestOnly)]
    [InlineData("pnpm fetch --prod", ShellTool.Pnpm, "fetch", CommandTraits.DependencyInstall | CommandTraits.ManifestOnly)]
    [InlineData("pnpm add react", ShellTool.Pnpm, "add", CommandTraits.DependencyInstall)]
    [InlineData("pnpm run build", ShellTool.Pnpm, "run", CommandTraits.Build)]
    [InlineData("pnpm --filter web build", ShellTool.Pnpm, "run", CommandTraits.Build)]
    [InlineData("gem install bundler -v 2.4.0", ShellTool.Gem, "install", CommandTraits.DependencyInstall)]
    [InlineData("bundle install --jobs 4", ShellTool.Bundler, "install", CommandTraits.DependencyInstall | CommandTraits.ManifestOnly)]
    [InlineData("bundle exec rake", ShellTool.Bundler, "exec", CommandTraits.None)]
    [InlineData("composer install --no-dev", ShellTool.Composer, "install", CommandTraits.DependencyInstall | CommandTraits.ManifestOnly)]
    [InlineData("composer require monolog/monolog", ShellTool.Composer, "require", CommandTraits.DependencyInstall)]
    [InlineData("go build -o /app ./cmd/app", ShellTool.Go, "build", CommandTraits.Build)]
    [InlineData("go build -ldflags \"-s -w\" -o app .", ShellTool.Go, "build", CommandTraits.Build)]
    [InlineData("go mod download", ShellTool.Go, "mod download", CommandTraits.DependencyInstall | CommandTraits.ManifestOnly)]
    [InlineData("go install github.com/x/y@latest", ShellTool.Go, "install", CommandTraits.Build)]
    [InlineData("go get github.com/x/y", ShellTool.Go, "get", CommandTraits.DependencyInstall)]
    [InlineData("go clean -modcache", ShellTool.Go, "clean", CommandTraits.CacheCleanup)]
    [InlineData("dotnet restore", ShellTool.Dotnet, "restore", CommandTraits.DependencyInstall | CommandTraits.ManifestOnly)]
    [InlineData("dotnet build -c Release", ShellTool.Dotnet, "build", CommandTraits.Build)]
    [InlineData("dotnet publish -c Release -o /app --no-restore", ShellTool.Dotnet, "publish", CommandTraits.Build)]
    [InlineData("dotnet tool install -g dotnet-ef", ShellTool.Dotnet, "tool install", CommandTraits.DependencyInstall)]
    [InlineData("dotnet test", ShellTool.Dotnet, "test", CommandTraits.None)]
    [InlineData("mvn -B package -DskipTests", ShellTool.Maven, "package", CommandTraits.Build)]
    [InlineData("mvn clean install", ShellTool.Maven, "clean", CommandTraits.Build)]
    [InlineData("mvn -pl app -am package", ShellTool.Maven, "package", CommandTraits.Build)]
    [InlineData("mvn dependency:go-offline -B", ShellTool.Maven, "dependency:go-offline", CommandTraits.DependencyInstall | CommandTraits.ManifestOnly)]
    [InlineData("./mvnw -f pom.xml dependency:resolve", ShellTool.Maven, "dependency:resolve", CommandTraits.DependencyInstall | CommandTraits.ManifestOnly)]
    [InlineData("mvn test", ShellTool.Maven, "test", CommandTraits.None)]
    [InlineData("gradle build --no-daemon", ShellTool.Gradle, "build", CommandTraits.Build)]
    [InlineData("./gradlew :app:bootJar -x test", ShellTool.Gradle, ":app:bootJar", CommandTraits.Build)]
    [InlineData("./gradlew dependencies", ShellTool.Gradle, "dependencies", CommandTraits.DependencyInstall | CommandTraits.ManifestOnly)]
    [InlineData("gradle -x build test", ShellTool.Gradle, "test", CommandTraits.None)]
    [InlineData("cargo build --release", ShellTool.Cargo, "build", CommandTraits.Build)]
    [InlineData("cargo fetch", ShellTool.Cargo, "fetch", CommandTraits.DependencyInstall | CommandTraits.ManifestOnly)]
    [InlineData("cargo chef cook --release --recipe-path recipe.json", ShellTool.Cargo, "chef cook", CommandTraits.DependencyInstall | CommandTraits.ManifestOnly)]
    [InlineData("cargo install ripgrep", ShellTool.Cargo, "install", CommandTraits.Build)]
    [InlineData("make", ShellTool.Make, "", CommandTraits.Build)]
    [InlineData("make -j 4 -C src all", ShellTool.Make, "all", CommandTraits.Build)]
    [InlineData("make PREFIX=/usr install", ShellTool.Make, "install", CommandTraits.Build)]
    [InlineData("make clean", ShellTool.Make, "clean", CommandTraits.None)]
    public void Recognizes_tools(string script, ShellTool tool, string subcommand, CommandTraits traits)
    {
        var recognized = Recognize(script);

        recognized.Tool.Should().Be(tool);
        recognized.Subcommand.Should().Be(subcommand);
        recognized.Traits.Should().Be(traits);
    }

    [Theory]
    [InlineData("apt-get install -y --no-install-recommends curl=7.* ca-certificates", new[] { "curl=7.*", "ca-certificates" })]
    [InlineData("apt-get install -t bookworm-backports -o Dpkg::Options::=--force-confnew git", new[] { "git" })]
    [InlineData("apk add --no-cache --virtual .build-deps gcc musl-dev", new[] { "gcc", "musl-dev" })]
    [InlineData("apk --update add -t .d curl", new[] { "curl" })]
    [InlineData("yum install -y --enablerepo epel httpd-2.4.6 gcc", new[] { "httpd-2.4.6", "gcc" })]
    [InlineData("zypper -n install --no-recommends -t package vim", new[] { "vim" })]
    [InlineData("pip install --no-cache-dir -i https://x/simple -r req.txt flask==2.0 'requests>=2'", new[] { "flask==2.0", "requests>=2" })]
    [InlineData("python3 -m pip install -U pip setuptools", new[] { "pip", "setuptools" })]
    [InlineData("npm install --prefix /app express@4 lodash", new[] { "express@4", "lodash" })]
    [InlineData("yarn add -D typescript", new[] { "typescript" })]
    [InlineData("gem install rails -v 7.0 --no-document", new[] { "rails" })]
    [InlineData("go install -ldflags=-s golang.org/x/tools/gopls@v0.14.0", new[] { "golang.org/x/tools/gopls@v0.14.0" })]
    [InlineData("cargo install --locked --version 1.0 ripgrep", new[] { "ripgrep" })]
    [InlineData("composer require -d /app monolog/monolog:^3", new[] { "monolog/monolog:^3" })]
    [InlineData("apt-get update", new string[0])]
    [InlineData("npm ci", new string[0])]
    public void Lists_packages(string script, string[] packages)
    {
        Values(Recognize(script).Packages).Should().Equal(packages);
    }

    [Theory]
    [InlineData("mvn -q clean package", new[] { "clean", "package" })]
    [InlineData("./gradlew -Pprofile=prod clean :app:build -x test", new[] { "clean", ":app:build" })]
    [InlineData("make -f Makefile.ci CFLAGS=-O2 -j4 lint build", new[] { "lint", "build" })]
    [InlineData("npm run build -- --prod", new[] { "build" })]
    [InlineData("yarn clean all", new[] { "clean" })]
    [InlineData("yum clean all", new[] { "all" })]
    [InlineData("dotnet publish src/App.csproj -c Release", new[] { "src/App.csproj" })]
    public void Lists_targets(string script, string[] targets)
    {
        Values(Recognize(script).Targets).Should().Equal(targets);
    }

    [Theory]
    [InlineData("apt-get install -y x", "-y", true)]
    [InlineData("apt-get -yq install x", "-y", true)]
    [InlineData("apt-get install --assume-yes x", "--assume-yes", true)]
    [InlineData("apt-get install -oAPT::Yes=1 x", "-y", false)]
    [InlineData("apt-get install -o Debug::y=1 x", "-y", false)]
    [InlineData("apt-get install --no-install-recommends x", "--no-install-recommends", true)]
    [InlineData("apt-get install x", "--no-install-recommends", false)]
    [InlineData("apk add --no-cache x", "--no-cache", true)]
    [InlineData("apk --no-cache add x", "--no-cache", true)]
    [InlineData("apk add -t .no-cache x", "--no-cache", false)]
    [InlineData("pip install --no-cache-dir x", "--no-cache-dir", true)]
    [InlineData("python -m pip install x", "--no-cache-dir", false)]
    [InlineData("npm install --production", "--production", true)]
    [InlineData("npm ci --omit=dev", "--omit", true)]
    [InlineData("yarn install --frozen-lockfile", "--frozen-lockfile", true)]
    [InlineData("yarn install --immutable", "--immutable", true)]
    [InlineData("dnf install -y --nodocs x", "--nodocs", true)]
    [InlineData("zypper install --no-recommends x", "--no-recommends", true)]
    [InlineData("mvn -pl core package", "-l", false)]
    [InlineData("mvn -pl core package", "-pl", true)]
    [InlineData("go build -trimpath -o app", "-trimpath", true)]
    [InlineData("go build -o trimpath", "-trimpath", false)]
    public void Answers_flag_queries_with_the_tool_options(string script, string flag, bool expected)
    {
        Recognize(script).HasFlag(flag).Should().Be(expected);
    }

    [Fact]
    public void Counts_quiet_flags()
    {
        Recognize("apt-get -qq install x").CountFlag("-q").Should().Be(2);
        Recognize("apt-get -q -q -q install x").CountFlag("-q").Should().Be(3);
        Recognize("apt-get install x").HasAnyFlag("-y", "--yes", "--assume-yes").Should().BeFalse();
    }

    [Theory]
    [InlineData("apt-get install -o APT::Install-Recommends=false x", "false")]
    [InlineData("apt-get install -oapt::install-recommends=0 x", "0")]
    [InlineData("apt-get install --option=APT::Install-Recommends=no x", "no")]
    [InlineData("apt-get install -o APT::Install-Suggests=false x", null)]
    [InlineData("apt-get install x", null)]
    public void Reads_apt_configuration_options(string script, string? expected)
    {
        Recognize(script).GetAptOption("APT::Install-Recommends").Should().Be(expected);
    }

    [Fact]
    public void Reads_option_values()
    {
        Recognize("apk add --virtual .build-deps gcc").GetFlagValue("--virtual").Should().Be(".build-deps");
        Recognize("pip install -r a.txt --requirement=b.txt").GetFlagValues("-r").Should().Equal("a.txt");
        Recognize("dotnet publish -c Release").GetFlagValue("-c").Should().Be("Release");
    }

    [Fact]
    public void Recognizes_commands_behind_wrappers_and_inside_sh_c()
    {
        var script = ShellScript.Parse("sudo -E env DEBIAN_FRONTEND=noninteractive sh -c 'apt-get update && apt-get install -y curl' && rm -rf /var/lib/apt/lists/*");

        var recognized = CommandRecognizer.RecognizeAll(script);

        recognized.Select(r => r.ToString()).Should().Equal("AptGet update", "AptGet install");
        recognized[1].Packages.Single().Value.Should().Be("curl");
        CommandRecognizer.IsAptListsCleanup(script.Commands.Last()).Should().BeTrue();
    }

    [Theory]
    [InlineData("rm -rf /var/lib/apt/lists/*", true)]
    [InlineData("rm -rf /var/lib/apt/lists", true)]
    [InlineData("rm -fr /var/lib/apt/lists/", true)]
    [InlineData("rm -r \"/var/lib/apt/lists\"/*", true)]
    [InlineData("/bin/rm -rf /tmp/* /var/lib/apt/lists/**", true)]
    [InlineData("rm -rf /var/lib/apt/lists/partial", false)]
    [InlineData("rm -rf /var/lib/apt", false)]
    [InlineData("rm -rf /tmp/*", false)]
    [InlineData("echo /var/lib/apt/lists/*", false)]
    public void Detects_apt_lists_cleanup(string script, bool expected)
    {
        CommandRecognizer.IsAptListsCleanup(ShellScript.Parse(script).Commands.Single()).Should().Be(expected);
    }
}
