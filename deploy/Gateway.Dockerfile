# Builds the gateway in its embedded mode: one container that hosts a silo and the HTTP API.
# Build from the repository root: docker build -f deploy/Gateway.Dockerfile .
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /source
COPY . .
RUN dotnet publish src/MovieRecs.Gateway/MovieRecs.Gateway.csproj -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
# The MovieLens files are mounted here, or downloaded here on first start when the folder is empty.
ENV MOVIERECS_DATA=/data/ml-latest-small
ENV ASPNETCORE_URLS=http://0.0.0.0:8080
EXPOSE 8080
ENTRYPOINT ["dotnet", "MovieRecs.Gateway.dll"]
