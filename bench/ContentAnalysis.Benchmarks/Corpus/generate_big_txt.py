#!/usr/bin/env python3
"""Writes a large plain-text document for timing `qcat corpus import` (issue 11: an 87 MB .txt).

Seeded, so every run writes the same bytes:
    python3 generate_big_txt.py big.txt            # 91,000,000 bytes or a little more
    python3 generate_big_txt.py big.txt 40 7       # about 40 MB, seed 7

Paragraphs of 2-6 generated sentences, hard-wrapped at 78 columns as text extracted from a PDF or saved from a
word processor often is, separated by blank lines; a few words with accents, a few hyphens broken across lines, a
page-number line and a form feed every 60 paragraphs (so the page-furniture code runs) and occasional footnote
markers. Markdown variant: pass --markdown to put a `##` heading before every 20th paragraph.
"""
import random
import sys

WORDS = ("the of and to in a is that for on with as by was were are at from it an be this which or its has had "
         "been not have but their they than more also ceasefire conflict mediation Russia Armenia Azerbaijan "
         "Karabakh Qarabağ negotiations peacekeepers Minsk group agreement October statement ministry border "
         "villages corridor Lachin humanitarian diplomacy coercive influence security guarantees withdrawal "
         "régime façade naïve Zürich official significant international population territory war").split()


def sentence(rng):
    words = [rng.choice(WORDS) for _ in range(rng.randint(6, 22))]
    words[0] = words[0][:1].upper() + words[0][1:]
    if rng.random() < 0.05:
        words[-1] += "[%d]" % rng.randint(1, 99)
    return " ".join(words) + rng.choice(".....?!")


def wrap(text, rng):
    lines, line = [], ""
    for word in text.split(" "):
        if line and len(line) + 1 + len(word) > 78:
            if len(word) > 6 and rng.random() < 0.1:
                cut = len(word) // 2
                lines.append(line + " " + word[:cut] + "-")
                line = word[cut:]
                continue
            lines.append(line)
            line = word
        else:
            line = line + " " + word if line else word
    lines.append(line)
    return "\n".join(lines)


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    markdown = "--markdown" in sys.argv
    path = args[0]
    megabytes = float(args[1]) if len(args) > 1 else 91.0
    rng = random.Random(int(args[2]) if len(args) > 2 else 11)
    target = int(megabytes * 1_000_000)
    written = 0
    paragraphs = 0
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        while written < target:
            paragraph = wrap(" ".join(sentence(rng) for _ in range(rng.randint(2, 6))), rng)
            if markdown and paragraphs % 20 == 0:
                paragraph = "## Section %d\n\n%s" % (paragraphs // 20 + 1, paragraph)
            if paragraphs % 60 == 59:
                paragraph += "\n\n%d\n\f" % (paragraphs // 60 + 1)
            chunk = paragraph + "\n\n"
            out.write(chunk)
            written += len(chunk.encode("utf-8"))
            paragraphs += 1
    print("%s: %d bytes, %d paragraphs" % (path, written, paragraphs))


if __name__ == "__main__":
    main()
