#!/usr/bin/env bash
# Refreshes docs/screenshots/: runs the whole-workshop browser test (tests/Browser.Tests/WorkshopTests.cs), which
# saves a PNG of every area for every role and of each state of the room screen into artifacts/screenshots/, then
# copies them into docs/screenshots/ and rewrites its README.md index.
# Usage: scripts/refresh-screenshots.sh   (needs /usr/bin/chromium, as the browser tests do; about 2 minutes)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

rm -rf artifacts/screenshots
dotnet build tests/Browser.Tests -c Debug --nologo -v minimal
dotnet test tests/Browser.Tests --no-build --filter "FullyQualifiedName~CommunityPlanning.Browser.Tests.WorkshopTests"

mkdir -p docs/screenshots
rm -f docs/screenshots/*.png
cp artifacts/screenshots/*.png docs/screenshots/

{
  echo "# Screenshots"
  echo
  echo "Made by the whole-workshop browser test (tests/Browser.Tests/WorkshopTests.cs) with demo data, in Czech:"
  echo "the facilitator and one participant at 1280×800, a participant and an observer on phones at 390×844, and the"
  echo "room screen (/meetings/{id}/projector) at 1280×800. Each file is named role-width-what. Refresh them all with"
  echo "\`scripts/refresh-screenshots.sh\`; do not edit them by hand."
  for group in facilitator participant observer room; do
    echo
    case "$group" in
      facilitator) echo "## Facilitator (every area)" ;;
      participant) echo "## Participants (every area; joining by code on a phone)" ;;
      observer) echo "## Observer (every area; joining by code on a phone)" ;;
      room) echo "## Room screen (its states through the workshop)" ;;
    esac
    echo
    for file in docs/screenshots/"$group"-*.png; do
      name="$(basename "$file")"
      echo "- [$name]($name)"
    done
  done
} > docs/screenshots/README.md
echo "docs/screenshots/: $(ls docs/screenshots/*.png | wc -l) screenshots"
