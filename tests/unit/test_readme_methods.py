"""The README's method list is the one generated from the SDK's table."""

from __future__ import annotations

from tools import surface


def test_the_readme_lists_every_method_as_the_table_says() -> None:
    assert surface.main(["--check"]) == 0, "run `python -m tools.surface --write`"


def test_the_list_names_every_row() -> None:
    from otari._registry import iterators, public_methods

    listing = surface.method_list()
    for name in [*public_methods(), *iterators()]:
        method = name.rpartition(".")[2]
        assert f"| `{method}` |" in listing, name
