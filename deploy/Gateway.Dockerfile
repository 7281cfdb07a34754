# Builds the gateway. By default it hosts its own silo (embedded mode); with
# MovieRecs__Gateway__Mode=Client it is an Orleans client of separate silos, as in
# docker-compose.yml. Build from the repository root:
#   docker build -f deploy/Gateway.Dockerfile -t movierecs-gateway .
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /source
# The project files first, so a change to the sources alone reuses the restore layer.
COPY global.json Directory.Build.props Directory.Packages.props ./
COPY src/MovieRecs.Algorithms/MovieRecs.Algorithms.csproj src/MovieRecs.Algorithms/
COPY src/MovieRecs.Grains.Abstractions/MovieRecs.Grains.Abstractions.csproj src/MovieRecs.Grains.Abstractions/
COPY src/MovieRecs.Storage/MovieRecs.Storage.csproj src/MovieRecs.Storage/
COPY src/MovieRecs.Grains/MovieRecs.Grains.csproj src/MovieRecs.Grains/
COPY src/MovieRecs.Silo/MovieRecs.Silo.csproj src/MovieRecs.Silo/
COPY src/MovieRecs.Gateway/MovieRecs.Gateway.csproj src/MovieRecs.Gateway/
RUN dotnet restore src/MovieRecs.Gateway/MovieRecs.Gateway.csproj
COPY src/ src/
RUN dotnet publish src/MovieRecs.Gateway/MovieRecs.Gateway.csproj -c Release --no-restore -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
# The gateway reads appsettings.json and serves wwwroot from its working directory.
WORKDIR /app
COPY --from=build /app .
COPY deploy/docker/healthcheck.sh /usr/local/bin/
# In embedded mode, data/ holds ml-latest-small (downloaded on first start when missing) and the
# SQLite ratings file. A client-mode gateway reads neither.
RUN mkdir -p /app/data && chown "$APP_UID" /app/data
ENV ASPNETCORE_HTTP_PORTS=8080
EXPOSE 8080
# APP_UID is the non-root user the .NET images create.
USER $APP_UID
ENTRYPOINT ["dotnet", "MovieRecs.Gateway.dll"]
