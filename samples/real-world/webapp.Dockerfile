# ASP.NET Core Web API: restore and publish with the SDK, run on the slim ASP.NET runtime.
ARG DOTNET_VERSION=8.0

FROM mcr.microsoft.com/dotnet/sdk:${DOTNET_VERSION} AS build
ARG BUILD_CONFIGURATION=Release
WORKDIR /src
COPY ["WebApp.sln", "Directory.Build.props", "Directory.Packages.props", "./"]
COPY ["src/WebApp/WebApp.csproj", "src/WebApp/"]
COPY ["src/WebApp.Domain/WebApp.Domain.csproj", "src/WebApp.Domain/"]
RUN dotnet restore "src/WebApp/WebApp.csproj"
COPY src/ ./src/
RUN dotnet publish "src/WebApp/WebApp.csproj" \
    --configuration "$BUILD_CONFIGURATION" \
    --no-restore \
    --output /app/publish \
    /p:UseAppHost=false

# expect: DF401
FROM mcr.microsoft.com/dotnet/aspnet:${DOTNET_VERSION}-bookworm-slim AS final
# expect: DF204
RUN apt-get update \
    && apt-get install -y curl \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
ENV ASPNETCORE_HTTP_PORTS=8080 \
    DOTNET_RUNNING_IN_CONTAINER=true
EXPOSE 8080
COPY --from=build /app/publish .
HEALTHCHECK --interval=30s --timeout=3s --retries=3 CMD ["curl", "--fail", "http://localhost:8080/healthz"]
ENTRYPOINT ["dotnet", "WebApp.dll"]
