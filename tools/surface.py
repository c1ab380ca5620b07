"""The README's method list, generated from the SDK's table (``otari/_surface.py``).

``python -m tools.surface`` prints the list; ``--write`` puts it into README.md
between the ``<!-- surface:begin -->`` and ``<!-- surface:end -->`` markers;
``--check`` exits 1 when the README's copy is stale (a test runs it).
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
BEGIN, END = "<!-- surface:begin -->", "<!-- surface:end -->"


def method_list() -> str:
    """A markdown table per resource: method, the operation it calls, and our doc line of it."""
    from otari._operation import Pages, Streaming, rows
    from otari._surface import Inference

    groups: dict[str, list[str]] = {}
    for name, row in rows(Inference):
        owner, _, method = name.rpartition(".")
        operation = row.operation if isinstance(row, Pages | Streaming) else row
        endpoint = operation.endpoint
        doc = (operation.plan.signature.__doc__ or endpoint.call.__doc__ or "").strip().splitlines()[0]
        if isinstance(row, Pages):
            doc = "Every item of the listing, fetched a page at a time as you iterate."
        doc = re.sub(r":\w+:`~?(?:otari\.)?([\w.]+)`", r"`\1`", doc).replace("``", "`")
        groups.setdefault(owner, []).append(f"| `{method}` | `{endpoint.METHOD} {endpoint.PATH}` | {doc} |")
    parts = []
    for owner, lines in groups.items():
        title = f"`client.{owner}`" if owner else "`client`"
        parts += [f"**{title}**", "", "| method | calls | what it does |", "| --- | --- | --- |", *lines, ""]
    return "\n".join(parts).rstrip() + "\n"


def replaced(text: str, listing: str) -> str:
    start, end = text.index(BEGIN) + len(BEGIN), text.index(END)
    return text[:start] + "\n" + listing + text[end:]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.surface", description=(__doc__ or "").split("\n\n")[0])
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--write", action="store_true", help="update README.md")
    mode.add_argument("--check", action="store_true", help="exit 1 if README.md's list is stale")
    args = parser.parse_args(argv)
    listing = method_list()
    if not (args.write or args.check):
        sys.stdout.write(listing)
        return 0
    text = README.read_text(encoding="utf-8")
    fresh = replaced(text, listing)
    if args.check:
        if fresh != text:
            print("surface: README.md's method list is stale: run `python -m tools.surface --write`", file=sys.stderr)
            return 1
        return 0
    README.write_text(fresh, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
