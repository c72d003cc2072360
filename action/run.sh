#!/usr/bin/env bash
# The shell steps of geomap's GitHub Action (action.yml), one per call, so that CI can run them
# outside GitHub too (tests/test_ci.py). Steps run in the order validate, check, build, diff. Problems become inline annotations (--format github),
# the diff against the base branch goes to the step summary, the pages to $GEOMAP_OUT.
#
#   GEOMAP_SEEDS  incident files, a shell pattern (default: seeds/*.yaml)
#   GEOMAP_OUT    where the pages and GeoPackages go (default: geomap-site)
#   GEOMAP_BASE   the branch or commit to diff against (default: $GITHUB_BASE_REF; none: no diff)
#   GEOMAP_STRICT "true" (default) fails on warnings nobody acknowledged
set -euo pipefail
step="${1:?usage: run.sh validate|build|check|diff}"
seeds_pattern="${GEOMAP_SEEDS:-seeds/*.yaml}"
out="${GEOMAP_OUT:-geomap-site}"
summary="${GITHUB_STEP_SUMMARY:-/dev/null}"
# shellcheck disable=SC2206  # the pattern is meant to expand
seeds=($seeds_pattern)
strict=()
[ "${GEOMAP_STRICT:-true}" = "true" ] && strict=(--strict)

case "$step" in
  validate)
    geomap validate "${strict[@]}" --format github "${seeds[@]}"
    ;;
  build)
    # A static site: pages, GeoPackages, the layers as downloads and an index page. The committed
    # layers/ stay as they are (geomap check compares them); this build's go to a scratch folder.
    scratch="$(mktemp -d "${RUNNER_TEMP:-/tmp}/geomap-layers.XXXXXX")"
    geomap build "${seeds[@]}" --site "$out" --layers-dir "$scratch" --format github
    ;;
  check)
    geomap check --format github "${seeds[@]}"
    ;;
  diff)
    base="${GEOMAP_BASE:-${GITHUB_BASE_REF:-}}"
    if [ -z "$base" ]; then
      echo "geomap: no base branch (not a pull request); no diff" >&2
      exit 0
    fi
    if ! git rev-parse --verify --quiet "$base^{commit}" >/dev/null; then
      git fetch --no-tags --quiet origin "+refs/heads/$base:refs/remotes/origin/$base"
      base="origin/$base"
    fi
    # From the merge base, as the pull request's own diff; a shallow clone may not have it.
    range="$base...HEAD"
    if ! git merge-base "$base" HEAD >/dev/null 2>&1; then
      echo "::notice title=geomap diff::no merge base with $base (a shallow clone? use fetch-depth: 0); comparing with $base itself"
      range="$base..HEAD"
    fi
    # By default each revision's own seeds/*.yaml (a seed the pull request deletes shows as removed);
    # another pattern names the files it matches here.
    diff_seeds=()
    [ "$seeds_pattern" = "seeds/*.yaml" ] || diff_seeds=("${seeds[@]}")
    mkdir -p "$out"
    status=0
    geomap diff --git "$range" "${diff_seeds[@]}" --format markdown --html "$out/diff.html" >>"$summary" || status=$?
    # 0: no changes, 1: changes (reported in the summary); anything else is a failure.
    [ "$status" -le 1 ] || exit "$status"
    ;;
  *)
    echo "run.sh: unknown step '$step'; give validate, build, check or diff" >&2
    exit 2
    ;;
esac
