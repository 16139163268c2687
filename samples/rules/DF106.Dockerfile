# options: dflint.trusted_registries=registry.example.com
FROM registry.example.com/dotnet/sdk:9.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish -c Release -o /out
# expect: DF106
COPY --from=ghcr.io/tools/linter:1.2 /bin/linter /usr/local/bin/linter

# expect: DF106
FROM mcr.microsoft.com/dotnet/aspnet:9.0
COPY --from=build /out /app
USER app
ENTRYPOINT ["dotnet", "/app/api.dll"]
