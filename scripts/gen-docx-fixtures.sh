#!/usr/bin/env bash
# Regenerates the Word fixtures in test/fixtures/docx with LibreOffice Writer run headless, so the .docx
# files are a real word processor's own output: its numbering definitions, tables, comments
# (comments.xml, commentsExtended.xml) and tracked changes. The produced files are committed; tests and
# CI do not need LibreOffice.
#   apt-get update && apt-get install -y --no-install-recommends libreoffice-writer
#   npm ci && scripts/gen-docx-fixtures.sh
# Sources: test/fixtures/docx/*.fodt (OpenDocument, written by hand: automatic numbering "Q1" and
# "(a)", a table, comments and tracked changes), and the published example letters in
# ../shared/examples, rendered to HTML with each line of the letter kept a line, then opened and
# saved as .docx by Writer.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
fixtures="$root/test/fixtures/docx"
examples="$root/../shared/examples"
command -v soffice >/dev/null || { echo "gen-docx-fixtures: soffice not found: apt-get install -y libreoffice-writer" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

for example in "$examples"/barnet-*.md; do
  name="$(basename "$example" .md)"
  node -e '
    const md = require(process.argv[1])({ html: true, breaks: true });
    const body = md.render(require("fs").readFileSync(process.argv[2], "utf8"));
    process.stdout.write(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>Reply</title></head><body>${body}</body></html>`);
  ' "$root/node_modules/markdown-it" "$example" > "$work/$name.html"
done

convert() {
  HOME="$work" soffice --headless --norestore "-env:UserInstallation=file://$work/profile" \
    --convert-to 'docx:MS Word 2007 XML' --outdir "$fixtures" "$@" >/dev/null 2>&1
}
convert "$fixtures"/*.fodt
convert "$work"/*.html
ls "$fixtures"/*.docx | sed 's/^/gen-docx-fixtures: /'
