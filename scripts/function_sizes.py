"""The longest functions of the runtime code: where a reader has to hold the most at once.

    .venv/bin/python scripts/function_sizes.py       # the 25 longest in pipeline, flows, models
    .venv/bin/python scripts/function_sizes.py -n 10 pipeline/docmodel.py woo_eval

Lengths are counted with `ast` from a function's `def` line (decorators excluded) to its
last line, docstring and comments included; a nested function counts inside its parent
and again on its own. Paths are folders (searched for `*.py`) or files.
"""

from __future__ import annotations

import argparse
import ast
from pathlib import Path
from typing import NamedTuple

REPO = Path(__file__).resolve().parents[1]
DEFAULT_PATHS = ["pipeline", "flows", "models"]


class FunctionSize(NamedTuple):
    path: str
    line: int
    name: str
    length: int


def function_sizes(file: Path, root: Path = REPO) -> list[FunctionSize]:
    """Every function and method of `file` with its length in lines."""
    tree = ast.parse(file.read_text("utf-8"), filename=str(file))
    shown = file.resolve().relative_to(root) if file.resolve().is_relative_to(root) else file
    sizes = []
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            length = node.end_lineno - node.lineno + 1
            sizes.append(FunctionSize(str(shown), node.lineno, node.name, length))
    return sizes


def python_files(paths: list[str]) -> list[Path]:
    files: list[Path] = []
    for name in paths:
        path = Path(name) if Path(name).is_absolute() else REPO / name
        files += sorted(path.rglob("*.py")) if path.is_dir() else [path]
    return files


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", default=DEFAULT_PATHS, help="folders or files")
    parser.add_argument("-n", type=int, default=25, help="how many to list (default 25)")
    args = parser.parse_args(argv)
    sizes = [size for file in python_files(args.paths) for size in function_sizes(file)]
    sizes.sort(key=lambda s: (-s.length, s.path, s.line))
    over = {limit: sum(s.length > limit for s in sizes) for limit in (50, 80)}
    print(
        f"{len(sizes)} functions in {', '.join(args.paths)}; "
        f"longer than 50 lines: {over[50]}, longer than 80: {over[80]}"
    )
    for size in sizes[: args.n]:
        print(f"{size.length:5d}  {size.path}:{size.line}  {size.name}")


if __name__ == "__main__":
    main()
