#!/usr/bin/env bash
# Regenerates docs/images/port-debris-vs-baseline.png, the README's picture: the healthy baseline, lint in the port,
# and the port cleaned after half an hour, rendered headless by `battsim view --snapshot`.
set -euo pipefail
cd "$(dirname "$0")/../.."
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
./battsim run healthy-baseline --out "$tmp/baseline" --quiet
./battsim run port-debris/debris --out "$tmp/debris" --quiet
./battsim run port-debris/cleaned --out "$tmp/cleaned" --quiet
./battsim view --snapshot docs/images/port-debris-vs-baseline.png --size 1400x1000 \
    "$tmp/baseline" "$tmp/debris" "$tmp/cleaned"
