#!/usr/bin/env python3
"""One edit of a talking point of a generated corpus, for scripts/bench-warm.

    bench-edit.py CORPUS MODE

MODE body: a sentence added to the end of a talking point's body; title: its title
changed; ref: its `proposals:` list changed to another proposal. Each call edits the
next talking point (a counter in CORPUS/.bench-edit), so that every timed rebuild has
a change of its own to publish. Standard library only.
"""
import pathlib
import re
import sys


def main():
    corpus, mode = pathlib.Path(sys.argv[1]), sys.argv[2]
    counter = corpus / ".bench-edit"
    n = int(counter.read_text()) + 1 if counter.exists() else 1
    counter.write_text(str(n))
    points = sorted((corpus / "content" / "talking-points").glob("*.md"))
    path = points[(n * 7919) % len(points)]
    text = path.read_text(encoding="utf-8")
    if mode == "body":
        text = text.rstrip("\n") + "\n\nAn added sentence, edit %d of this benchmark.\n" % n
    elif mode == "title":
        text = re.sub(r"(?m)^title: .*$", "title: Retitled talking point %d" % n, text, count=1)
    elif mode == "ref":
        proposals = sorted((corpus / "content" / "proposals").glob("*.md"))
        other = proposals[(n * 31) % len(proposals)].read_text(encoding="utf-8")
        target = re.search(r"(?m)^id: (.*)$", other).group(1).strip()
        text = re.sub(r"(?m)^proposals: .*$", "proposals: [%s]" % target, text, count=1)
    else:
        sys.exit("unknown mode " + mode)
    path.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
