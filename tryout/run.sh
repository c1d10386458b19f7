#!/bin/sh
# Rebuilds the tryout workbooks and validates each with the real CLI into tryout/out/ (git-ignored).
# Run from the worktree root after `npm run build`: sh tryout/run.sh && node tryout/summary.mjs
set -e
node tryout/make.mjs
mkdir -p tryout/out
for f in tryout/w*.xlsx; do
  b=$(basename "$f" .xlsx)
  node dist/cli.js validate "$f" --json > "tryout/out/$b.validate.json" || true
done
