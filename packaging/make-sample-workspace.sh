#!/usr/bin/env bash
# Creates the sample workspace: a git repository whose commits are the amendments kept in
# resources/sample/v1..vN (each folder is the whole workspace at that amendment, with its
# commit message in COMMIT_MSG). Does nothing when the repository already exists.
#   make-sample-workspace.sh SAMPLE_DIR TARGET_DIR
set -euo pipefail
sample=$1
target=$2
if [ -d "$target/.git" ]; then
  exit 0
fi
mkdir -p "$target"
cd "$target"
git init -q -b main .
export GIT_AUTHOR_NAME="Specwright Sample" GIT_AUTHOR_EMAIL="sample@specwright.invalid"
export GIT_COMMITTER_NAME="$GIT_AUTHOR_NAME" GIT_COMMITTER_EMAIL="$GIT_AUTHOR_EMAIL"
day=1
for version in "$sample"/v*/; do
  # Replace the tracked files by this amendment's files.
  git ls-files -z | xargs -0 -r rm -f
  cp -R "$version/." "$target/"
  rm -f "$target/COMMIT_MSG"
  git add -A
  export GIT_AUTHOR_DATE="2026-0$((day < 10 ? day : 9))-1${day}T10:00:00Z" GIT_COMMITTER_DATE
  GIT_COMMITTER_DATE=$GIT_AUTHOR_DATE
  git commit -q -F "$version/COMMIT_MSG"
  day=$((day + 1))
done
echo "specwright: sample workspace with $(git rev-list --count HEAD) amendments in $target" >&2
