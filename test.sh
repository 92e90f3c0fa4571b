#!/usr/bin/env bash
# Runs every test of the repository on a fresh Debian machine with only the .NET 10 SDK:
# installs what the tests need when it is missing (Chromium, kubectl, git, Node.js/npm packages),
# builds once, runs all test projects, then the benchmark harness in its short mode (a check that the
# harness works, never of speed), and prints one line: "N passed, N failed, N skipped".
set -euo pipefail
cd "$(dirname "$0")"

log() { printf '==> %s\n' "$*" >&2; }

install_missing_system_packages() {
  local packages=()
  [ -x /usr/bin/chromium ] || packages+=(chromium)
  command -v kubectl >/dev/null 2>&1 || packages+=(kubernetes-client)
  command -v git >/dev/null 2>&1 || packages+=(git)
  command -v node >/dev/null 2>&1 || packages+=(nodejs)
  command -v npm >/dev/null 2>&1 || packages+=(npm)
  [ ${#packages[@]} -eq 0 ] && return 0
  log "installing ${packages[*]} with apt-get"
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
}

install_npm_packages() {
  # Test-only Node packages (for example the OpenID provider of the login tests) are pinned in
  # package-lock.json files under tests/; npm ci installs exactly those.
  local lock
  while IFS= read -r lock; do
    local dir
    dir=$(dirname "$lock")
    if [ ! -d "$dir/node_modules" ]; then
      log "npm ci in $dir"
      (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
    fi
  done < <(find tests -name package-lock.json -not -path '*/node_modules/*' -not -path '*/bin/*' -not -path '*/obj/*')
}

install_missing_system_packages
install_npm_packages

log "restoring tools and building"
dotnet tool restore >/dev/null
dotnet build Dashboard.sln -nologo -v quiet -clp:ErrorsOnly

results=artifacts/test-results
rm -rf "$results"
mkdir -p "$results"
log "running every test project"
set +e
dotnet test --solution Dashboard.sln --no-build --report-xunit-trx --results-directory "$results" --timeout 30m "$@"
status=$?
set -e

# The benchmark harness (bench/, issue 6) at tiny sizes: it fails only when the harness itself is broken (an
# exception, a scenario without figures), and counts as one more test. It reuses the Debug build above (the
# harness publishes the dashboard from the configuration it was built in): short-mode figures are never read as
# speed, so a second Release build would only cost CI time.
log "running the benchmark harness in short mode (figures in artifacts/bench/short/results.md)"
set +e
dotnet run --no-build --project bench/Dashboard.Bench -- --short
bench_status=$?
set -e

# Sum the counters of every TRX file; a project whose host crashed leaves no TRX and fails the run.
projects=$(find tests -maxdepth 2 -name '*.Tests.csproj' | wc -l)
reports=$(find "$results" -name '*.trx' | wc -l)
read -r passed failed skipped < <(
  find "$results" -name '*.trx' -print0 | xargs -0 -r grep -ho '<Counters [^>]*>' |
  awk '{
    for (i = 1; i <= NF; i++) {
      split($i, kv, "=");
      gsub(/"/, "", kv[2]);
      if (kv[1] == "passed") p += kv[2];
      if (kv[1] == "failed" || kv[1] == "error" || kv[1] == "timeout" || kv[1] == "aborted") f += kv[2];
      if (kv[1] == "notExecuted") s += kv[2];
    }
  } END { printf "%d %d %d\n", p, f, s }')

if [ "$reports" -lt "$projects" ]; then
  log "only $reports of $projects test projects reported results"
  failed=$((failed + projects - reports))
fi

if [ "$bench_status" -eq 0 ]; then
  passed=$((passed + 1))
else
  log "the benchmark harness failed (exit $bench_status)"
  failed=$((failed + 1))
fi

echo "$passed passed, $failed failed, $skipped skipped"
if [ "$status" -ne 0 ] || [ "$failed" -ne 0 ] || [ "$passed" -eq 0 ]; then
  exit 1
fi
