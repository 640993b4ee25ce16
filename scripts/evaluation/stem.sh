# Porter2 check: our stemmer (precis stem) against Snowball's reference implementation
# (stemwords -l english, Debian libstemmer-tools) on every distinct word of Debian's American
# English word list plus the words of ../shared/data. Prints the word count and each difference.
set -euo pipefail
source "$(dirname "$0")/../lib/common.sh"
ensure_packages libstemmer-tools wamerican
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
{
  tr 'A-Z' 'a-z' < /usr/share/dict/words
  if [ -d "$PRECIS_DATA" ]; then
    cat "$PRECIS_DATA"/summarization/*.jsonl "$PRECIS_DATA"/ner/*.txt "$PRECIS_DATA"/sbd/*.jsonl |
      grep -oE "[A-Za-z][A-Za-z']*" | tr 'A-Z' 'a-z'
  fi
} | LC_ALL=C sort -u > "$work/words"
stemwords -l english -i "$work/words" -o "$work/snowball"
"$PRECIS_CLI" stem < "$work/words" > "$work/ours"
differences=$(paste "$work/words" "$work/snowball" "$work/ours" | awk -F'\t' '$2 != $3' | tee "$work/diff" | wc -l)
echo "Porter2 vs stemwords: $(wc -l < "$work/words") distinct words, $differences differences"
head -20 "$work/diff"
[ "$differences" -eq 0 ]
