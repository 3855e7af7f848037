#!/usr/bin/env bash
# Builds what a server needs into one folder (default deploy/out): web/ and silo/ (framework-dependent .NET 10
# programs: the server needs the ASP.NET Core runtime 10, not the SDK) and deploy/ (units, environment files, nginx
# configuration, this guide). Copy the folder to /opt/communityplanning (deploy/README.md, "Install").
set -euo pipefail
cd "$(dirname "$0")/.."

out="${1:-deploy/out}"
rm -rf "$out"
mkdir -p "$out"

echo "publish.sh: publishing the web server (it builds the browser client too; a few minutes on two cores)"
dotnet publish Web -c Release --nologo -v minimal -o "$out/web"
echo "publish.sh: publishing the silo"
dotnet publish Silo -c Release --nologo -v minimal -o "$out/silo"

mkdir -p "$out/deploy"
cp -r deploy/README.md deploy/systemd deploy/nginx "$out/deploy/"
echo "publish.sh: done: $out (web/, silo/, deploy/)"
