#!/usr/bin/env bash
# Runs once when the dev container is created (and in the test that checks it): restores the local .NET tools
# (dotnet-repl, listed in .config/dotnet-tools.json) and builds the course, so that the first lesson opened in
# VS Code runs at once and `dotnet run --project lib/Descent.Course -- run` needs no further step.
set -euo pipefail
cd "$(dirname "$0")/.."

export DOTNET_NOLOGO=1
export DOTNET_CLI_TELEMETRY_OPTOUT=1

# The book's browser tests need Chromium, the grader's sandbox bubblewrap (Debian packages).
if ! command -v chromium >/dev/null 2>&1 || ! command -v bwrap >/dev/null 2>&1; then
  sudo="" && [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y chromium bubblewrap
fi

if [ -f .config/dotnet-tools.json ]; then
  dotnet tool restore
fi

dotnet build Course.sln -nologo -v minimal

echo "Ready: open notebooks/ and choose Run All, or run the course with:"
echo "  dotnet run --project lib/Descent.Course -- run"
