using System;
using System.Collections.Generic;

namespace DfLint.Semantics;

/// <summary>
/// What well-known images start by default, for stages that set no CMD or ENTRYPOINT of their own: OS, language and
/// toolchain images start a shell, a REPL or nothing (a Dockerfile on top of them that starts nothing is itself a base
/// image); server images start their server (a Dockerfile on top of them that only adds files ships that server).
/// </summary>
internal static class KnownBaseImages
{
    private static readonly HashSet<string> OperatingSystems = new(StringComparer.Ordinal)
    {
        "debian", "ubuntu", "alpine", "buildpack-deps", "centos", "fedora", "rockylinux", "almalinux", "oraclelinux",
        "amazonlinux", "busybox", "archlinux", "opensuse/leap", "opensuse/tumbleweed", "photon", "clearlinux",
        "bitnami/minideb", "gentoo/stage3", "kalilinux/kali-rolling", "voidlinux/voidlinux", "mageia", "sl", "rockylinux/rockylinux",
        "cbl-mariner/base/core", "azurelinux/base/core", "windows/servercore", "windows/nanoserver", "windows", "windows/server",
    };

    // Images whose default command is a REPL, an interpreter or a shell, and images meant to be built upon.
    private static readonly HashSet<string> LanguagesAndBases = new(StringComparer.Ordinal)
    {
        "python", "pypy", "node", "ruby", "jruby", "openjdk", "eclipse-temurin", "amazoncorretto", "ibm-semeru-runtimes",
        "sapmachine", "ibmjava", "julia", "perl", "erlang", "elixir", "haskell", "clojure", "swift", "swiftlang/swift", "r-base",
        "rocker/r-ver", "rocker/r-base", "groovy", "dart", "rakudo-star", "denoland/deno", "oven/bun", "continuumio/miniconda3",
        "continuumio/anaconda3", "condaforge/miniforge3", "condaforge/mambaforge", "mambaorg/micromamba", "nvidia/cuda",
        "ros", "osrf/ros", "ros2", "osrf/ros2", "gitpod/workspace-full", "gitpod/workspace-base", "cimg/base", "circleci/buildpack-deps",
        "php", "docker", "mono", "kotlin", "zenika/kotlin", "gcc", "maven", "gradle", "golang", "rust", "dotnet/sdk",
        "dotnet/core/sdk", "dotnet/nightly/sdk", "dotnet/framework/sdk", "dotnet/framework/runtime", "microsoft/dotnet",
        "powershell", "dotnet/runtime-deps", "dotnet/runtime", "dotnet/aspnet", "dotnet/core/runtime", "dotnet/core/aspnet",
        "dotnet/core/runtime-deps", "dotnet/nightly/runtime", "dotnet/nightly/aspnet", "dotnet/nightly/runtime-deps",
    };

    private static readonly HashSet<string> Servers = new(StringComparer.Ordinal)
    {
        "nginx", "httpd", "tomcat", "jetty", "wordpress", "drupal", "joomla", "mediawiki", "nextcloud", "owncloud", "ghost",
        "postgres", "mysql", "mariadb", "mongo", "redis", "memcached", "rabbitmq", "elasticsearch", "kibana", "logstash",
        "cassandra", "neo4j", "couchdb", "couchbase", "influxdb", "solr", "haproxy", "traefik", "caddy", "consul", "vault",
        "registry", "eclipse-mosquitto", "sonarqube", "odoo", "zookeeper", "kong", "nats", "varnish", "matomo", "redmine",
        "jenkins/jenkins", "grafana/grafana", "prom/prometheus", "nginxinc/nginx-unprivileged", "openresty/openresty",
        "keycloak/keycloak", "minio/minio", "mssql/server", "dotnet/framework/aspnet", "windows/servercore/iis",
        "apache/airflow", "bitnami/nginx", "bitnami/apache", "bitnami/postgresql", "bitnami/redis", "bitnami/mysql",
        "jupyter/base-notebook", "jupyter/minimal-notebook", "jupyter/scipy-notebook", "jupyter/datascience-notebook",
        "jupyter/tensorflow-notebook", "jupyter/pyspark-notebook", "jupyter/all-spark-notebook", "jupyter/r-notebook",
        "rocker/rstudio", "rocker/shiny", "rocker/tidyverse", "rocker/verse", "neo4j/neo4j", "confluentinc/cp-kafka",
        "confluentinc/cp-zookeeper", "confluentinc/cp-schema-registry", "confluentinc/cp-kafka-connect", "confluentinc/cp-server",
    };

    /// <summary>True when the image's default command starts a server (php only with an fpm or apache tag).</summary>
    public static bool StartsServer(BaseImage image)
    {
        string? repo = RepositoryOf(image);
        if (repo is null) return false;
        if (repo == "php")
        {
            string tag = (image.Tag ?? "").ToLowerInvariant();
            return tag.Contains("fpm") || tag.Contains("apache");
        }
        return Servers.Contains(repo) || Servers.Contains(LastTwo(repo));
    }

    /// <summary>A phrase saying what kind of base image this is (<c>an OS image</c>), or null when it is not a known base.</summary>
    public static string? IsBase(BaseImage image)
    {
        string? repo = RepositoryOf(image);
        if (repo is null) return null;
        if (OperatingSystems.Contains(repo) || repo.StartsWith("ubi", StringComparison.Ordinal) || repo.Contains("/ubi"))
            return "an OS image";
        if (KnownImages.IsToolchain(image)) return "a toolchain image";
        if (LanguagesAndBases.Contains(repo) || LanguagesAndBases.Contains(LastTwo(repo))) return "a language or base image";
        if (repo.StartsWith("distroless/", StringComparison.Ordinal) || image.Registry == "gcr.io" && repo.Contains("distroless"))
            return "a distroless base image";
        if (repo.StartsWith("devcontainers/", StringComparison.Ordinal) || repo.StartsWith("vscode/devcontainers/", StringComparison.Ordinal)
            || repo.StartsWith("gitpod/workspace-", StringComparison.Ordinal) || repo.StartsWith("cimg/", StringComparison.Ordinal))
            return "a development base image";
        return null;
    }

    private static string? RepositoryOf(BaseImage image)
        => image.IsImage && image.Repository is { } repo ? KnownImages.NormalizeRepository(repo) : null;

    // registry paths such as public.ecr.aws/docker/library/node or quay.io/org/x keep their familiar last two components
    private static string LastTwo(string repo)
    {
        int last = repo.LastIndexOf('/');
        if (last < 0) return repo;
        int before = repo.LastIndexOf('/', last - 1);
        string two = before < 0 ? repo : repo.Substring(before + 1);
        return two.StartsWith("library/", StringComparison.Ordinal) ? two.Substring("library/".Length) : two;
    }
}
