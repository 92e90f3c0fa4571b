# syntax=docker/dockerfile:1
# Multi-arch image (linux/amd64, linux/arm64 for a Raspberry Pi 5):
#   docker buildx build --platform linux/amd64,linux/arm64 -t dashboard:latest .
# The SDK stage runs on the build machine's platform and cross-publishes for the target.
ARG DOTNET_VERSION=10.0

FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:${DOTNET_VERSION} AS build
ARG TARGETARCH
WORKDIR /source
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/ src/
COPY migrations/ migrations/
COPY wwwroot/ wwwroot/
RUN dotnet restore src/Dashboard.Web/Dashboard.Web.csproj --arch "$TARGETARCH"
RUN dotnet publish src/Dashboard.Web/Dashboard.Web.csproj --no-restore --arch "$TARGETARCH" \
      -c Release -o /app -p:UseAppHost=false

FROM mcr.microsoft.com/dotnet/aspnet:${DOTNET_VERSION} AS runtime
# The app folder is the working directory and the content root; data lives on a volume.
WORKDIR /app
COPY --from=build /app .
ENV ASPNETCORE_HTTP_PORTS=8080 \
    DOTNET_gcServer=0 \
    Dashboard__Data__Path=/data/dashboard.db
RUN mkdir -p /data && chown "$APP_UID" /data
VOLUME ["/data"]
# APP_UID is the non-root user that the .NET images define.
USER $APP_UID
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["dotnet", "Dashboard.Web.dll", "--healthcheck"]
ENTRYPOINT ["dotnet", "Dashboard.Web.dll"]
