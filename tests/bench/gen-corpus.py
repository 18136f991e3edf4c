#!/usr/bin/env python3
"""gen-corpus.py — synthetic FRUS document text for benchmarks.

    gen-corpus.py [--seed S] [--first-page P] SAMPLEDIR N OUTDIR

Writes N documents OUTDIR/d00001.txt ... in the form of the samples (text
copied from history.state.gov), numbered 1..N.  Each is built afresh from
the five samples, not copied: one of four document kinds (memorandum of
conversation with SUBJECT/PARTICIPANTS lists, dialogue memcon with a nested
participants list, telegram with numbered paragraphs and a signature,
memorandum with run-in section titles and a signature), 3 to 14 paragraphs
of sentences drawn at random from all five samples, 1 to 9 footnotes (the
source note first, its marker glued to the heading as in the samples; the
others glued to sentence ends, in order) and 0 to 3 page breaks, page
numbers increasing across the corpus.  Deterministic for a given seed.
"""
import os
import random
import re
import sys


def read_sample(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    lines = text.split("\n")
    # Footnotes: "  N. text" lines at the end, continuation lines indented.
    notes, cur = [], None
    body_end = len(lines)
    for i, line in enumerate(lines):
        if re.match(r"^  \d+\. ", line):
            if cur is None:
                body_end = i
            cur = [re.sub(r"^  \d+\. ", "", line)]
            notes.append(cur)
        elif cur is not None and line.strip():
            cur.append(line.strip())
    return lines[0], lines[1:body_end], ["\n\n    ".join(n) for n in notes]


def sentences(body_lines):
    out = []
    for para in "\n".join(body_lines).split("\n\n"):
        para = " ".join(para.split())
        for s in re.split(r"(?<=[.?!])\s+(?=[A-Z“])", para):
            # No digits: a digit glued to a word would read as a footnote
            # marker; no brackets (page breaks, editorial notes); no run-in
            # titles or speaker labels.
            if (40 <= len(s) <= 400 and not re.search(r"[\d\[\]•:]", s)
                    and s[0].isupper() and s[-1] in ".?!"):
                out.append(s)
    return out


def main(argv):
    seed, first_page = 1, 1
    while argv and argv[0].startswith("--"):
        if argv[0] == "--seed":
            seed = int(argv[1])
        elif argv[0] == "--first-page":
            first_page = int(argv[1])
        else:
            sys.exit("gen-corpus.py: unknown option " + argv[0])
        argv = argv[2:]
    if len(argv) != 3:
        sys.exit("usage: gen-corpus.py [--seed S] [--first-page P] SAMPLEDIR N OUTDIR")
    sampledir, n, outdir = argv[0], int(argv[1]), argv[2]
    rnd = random.Random(seed)

    samples = {}
    for name in sorted(os.listdir(sampledir)):
        if name.endswith(".txt"):
            samples[name] = read_sample(os.path.join(sampledir, name))
    pool, sources, summaries, othernotes = [], [], [], []
    for head, body, notes in samples.values():
        pool += sentences(body)
        for note in notes:
            for part in note.split("\n\n    "):
                if part.startswith("Source:"):
                    sources.append(part)
                elif part.startswith("Summary:"):
                    summaries.append(part)
                else:
                    othernotes.append(part)
    # Structural openings taken from the samples as they are.
    d425 = samples["frus1961-63v12-d425.txt"][1]
    d320 = samples["peru-1976-06-memcon-d320.txt"][1]
    memcon_lists = "\n".join(d425[:d425.index("PARTICIPANTS") + 7]).strip("\n")
    memcon_lists = memcon_lists.replace("Mr. MartinARA", "Mr. Martin")
    nested = "\n".join(d320[:d320.index("    • OAS Ambassador Alvarado") + 1]).strip("\n")

    kinds = ["memcon", "dialogue", "telegram", "memo"]
    os.makedirs(outdir, exist_ok=True)
    page = first_page
    for num in range(1, n + 1):
        kind = kinds[rnd.randrange(4)]
        npara = rnd.randint(3, 14)
        paras = [[rnd.choice(pool) for _ in range(rnd.randint(2, 6))] for _ in range(npara)]
        # Footnote markers 2.. glued to sentence ends, in reading order.
        nnotes = rnd.randint(1, 9)
        slots = sorted(rnd.sample([(p, s) for p in range(npara) for s in range(len(paras[p]))],
                                  min(nnotes - 1, sum(len(p) for p in paras))))
        for k, (p, s) in enumerate(slots):
            paras[p][s] = paras[p][s] + str(k + 2)
        nnotes = len(slots) + 1
        # Page breaks: inside a paragraph (between sentences) or between.
        breaks = {}
        for _ in range(rnd.randint(0, 3)):
            breaks.setdefault(rnd.randrange(npara), []).append(rnd.random() < 0.5)
        texts = []
        for p, sents in enumerate(paras):
            inline = [b for b in breaks.get(p, []) if b]
            between = [b for b in breaks.get(p, []) if not b]
            for _ in between:
                texts.append("[Page %d]" % page)
                page += 1
            if inline and len(sents) > 1:
                cut = rnd.randrange(1, len(sents))
                sents = sents[:cut] + ["[Page %d]" % page] + sents[cut:]
                page += 1
            texts.append(" ".join(sents))

        if kind == "memcon":
            head = "Memorandum of Conversation"
            opening = [memcon_lists]
        elif kind == "dialogue":
            head = "Memorandum of Conversation"
            opening = [nested]
            speakers = ["The Secretary: ", "de la Flor: "]
            texts = [t if t.startswith("[Page") else speakers[i % 2] + t
                     for i, t in enumerate(texts)]
        elif kind == "telegram":
            tel = rnd.randint(100, 9999)
            head = "Telegram %d From the Embassy in Peru to the Department of State" % tel
            opening = ["%d. Subject: %s" % (tel, rnd.choice(pool))]
            k = 0
            for i, t in enumerate(texts):
                if not t.startswith("[Page"):
                    k += 1
                    texts[i] = "%d. %s" % (k, t)
            texts.append("Rogers")
        else:
            head = "Memorandum From the Under Secretary of State (Ball) to President Kennedy"
            opening = ["SUBJECT\n\n  • Relations with Peru", "Background:"]
            texts.append("George W. Ball")

        notes = []
        src = rnd.choice(sources)
        if kind in ("dialogue", "telegram"):
            notes.append(rnd.choice(summaries) + "\n\n    " + src)
        else:
            notes.append(src)
        for _ in range(nnotes - 1):
            # Cross-references ("see Document 426") must point into the
            # generated volume, or a volume of it cannot validate.
            notes.append(re.sub(r"Document (\d+)",
                                lambda m: "Document %d" % rnd.randint(1, n),
                                rnd.choice(othernotes)))
        out = ["%d. %s1" % (num, head), ""]
        for block in opening + texts:
            out += [block, ""]
        if kind in ("telegram", "memo"):
            out.pop()          # the signature sits right above the notes
        out += ["  %d. %s" % (i + 1, t) for i, t in enumerate(notes)]
        with open(os.path.join(outdir, "d%05d.txt" % num), "w", encoding="utf-8") as f:
            f.write("\n".join(out) + "\n")
    print(page)


if __name__ == "__main__":
    main(sys.argv[1:])
