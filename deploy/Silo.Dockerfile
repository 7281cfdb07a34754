# Builds the stand-alone silo. Build from the repository root:
#   docker build -f deploy/Silo.Dockerfile -t movierecs-silo .
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /source
# The project files first, so a change to the sources alone reuses the restore layer.
COPY global.json Directory.Build.props Directory.Packages.props ./
COPY src/MovieRecs.Algorithms/MovieRecs.Algorithms.csproj src/MovieRecs.Algorithms/
COPY src/MovieRecs.Grains.Abstractions/MovieRecs.Grains.Abstractions.csproj src/MovieRecs.Grains.Abstractions/
COPY src/MovieRecs.Storage/MovieRecs.Storage.csproj src/MovieRecs.Storage/
COPY src/MovieRecs.Grains/MovieRecs.Grains.csproj src/MovieRecs.Grains/
COPY src/MovieRecs.Silo/MovieRecs.Silo.csproj src/MovieRecs.Silo/
RUN dotnet restore src/MovieRecs.Silo/MovieRecs.Silo.csproj
COPY src/ src/
RUN dotnet publish src/MovieRecs.Silo/MovieRecs.Silo.csproj -c Release --no-restore -o /app

FROM mcr.microsoft.com/dotnet/runtime:10.0
WORKDIR /app
COPY --from=build /app .
COPY deploy/docker/silo-entrypoint.sh deploy/docker/healthcheck.sh /usr/local/bin/
# data/ under the working directory is where the silo looks for ml-latest-small, and downloads it
# on first start when it is missing. Mount a volume here so the download happens once.
RUN mkdir -p /app/data && chown "$APP_UID" /app/data
# APP_UID is the non-root user the .NET images create.
USER $APP_UID
EXPOSE 11111 30000
ENTRYPOINT ["silo-entrypoint.sh"]
