#!/usr/bin/env python3
"""Builds the candidate list behind index-api/src/main/resources/nl/regioplan/index/analysis/compound-words.txt.

Usage: build-compound-words.py CORPUS_TEXT_DIR OPENTAAL_WORDLIST EXCLUDE_LIST > candidates.txt
  CORPUS_TEXT_DIR: `pdftotext -layout -enc UTF-8` of each ../shared/corpus/pdf/*.pdf plus ../shared/corpus/seeds/*.txt
  OPENTAAL_WORDLIST: /usr/share/dict/dutch (apt-get install wdutch)
  The first column of the output, under the header, is compound-words.txt.

A word becomes a compound part when (1) OpenTaal lists it, (2) it stands alone in the corpus text (words of 7+ letters need not), and
(3) it is a part of several different corpus words (three for 4-letter parts, two below 7 letters, else one) that split completely into
listed parts, with or without a Dutch linking -s-, -e- or -en-. Function words and known noise (words that
are mostly prefixes or suffixes of unrelated words) sit in EXCLUDE_LIST. The output is reviewed by hand.
"""
import collections, re, sys, unicodedata

MIN_PART, MAX_PART, MIN_COMPOUND = 4, 20, 8
LINKERS = ("", "s", "e", "en")

def fold(word):
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c)).lower()

def corpus_tokens(directory):
    import pathlib
    counts = collections.Counter()
    for path in pathlib.Path(directory).glob("*.txt"):
        text = unicodedata.normalize("NFKC", path.read_text(encoding="utf-8", errors="replace"))
        counts.update(fold(t) for t in re.findall(r"[^\W\d_]+", text))
    return counts

def splits(word, parts, depth=0):
    """Every way to cut word into listed parts (with linkers between them); at most three parts."""
    if depth > 2:
        return []
    found = []
    for cut in range(MIN_PART, len(word) - MIN_PART + 1):
        head = word[:cut]
        if head not in parts:
            continue
        for linker in LINKERS:
            rest = word[cut:]
            if not rest.startswith(linker):
                continue
            tail = rest[len(linker):]
            if len(tail) < MIN_PART:
                continue
            if tail in parts:
                found.append([head, tail])
            for more in splits(tail, parts, depth + 1):
                found.append([head] + more)
    return found

def main(corpus_dir, wordlist, exclude_file):
    listed = {fold(w.strip()) for w in open(wordlist, encoding="utf-8") if w.strip().isalpha()}
    exclude = {w.strip() for w in open(exclude_file, encoding="utf-8") if w.strip() and not w.startswith("#")}
    tokens = corpus_tokens(corpus_dir)
    # Short words must also stand alone in the corpus; longer listed words are specific enough on their own.
    parts = {w for w in listed if 7 <= len(w) <= MAX_PART and w not in exclude}
    parts |= {w for w, n in tokens.items()
              if MIN_PART <= len(w) <= MAX_PART and w in listed and w not in exclude and n >= 2}
    used_in = collections.defaultdict(set)
    for word in tokens:
        if len(word) < MIN_COMPOUND:
            continue
        for split in splits(word, parts):
            for part in split:
                used_in[part].add(word)
    for part in sorted(used_in):
        need = 3 if len(part) == 4 else 2 if len(part) < 7 else 1
        if len(used_in[part]) >= need:
            print(f"{part}\t{len(used_in[part])}\t{' '.join(sorted(used_in[part])[:4])}")

if __name__ == "__main__":
    main(*sys.argv[1:4])
