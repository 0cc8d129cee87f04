"""Progress reporting for the ingest flow, kept apart so the flow runs headless in tests."""

from __future__ import annotations

from typing import Protocol


class Reporter(Protocol):
    def start(self, n_files: int, n_pages: int) -> None: ...
    def page_done(self, method: str) -> None: ...
    def file_done(self, status: str) -> None: ...
    def stop(self) -> None: ...


class SilentReporter:
    def start(self, n_files: int, n_pages: int) -> None:
        pass

    def page_done(self, method: str) -> None:
        pass

    def file_done(self, status: str) -> None:
        pass

    def stop(self) -> None:
        pass


class RichReporter:
    """Files and pages done, with pages/s, on the terminal."""

    def __init__(self) -> None:
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
        )

        self.console = Console(stderr=True)
        self.progress = Progress(
            TextColumn("{task.description:<6}"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rate]}"),
            TimeElapsedColumn(),
            console=self.console,
            transient=False,
        )
        self._files = self._pages = None

    def start(self, n_files: int, n_pages: int) -> None:
        self.progress.start()
        self._files = self.progress.add_task("files", total=n_files, rate="")
        self._pages = self.progress.add_task("pages", total=n_pages, rate="")

    def page_done(self, method: str) -> None:
        self.progress.advance(self._pages)
        task = self.progress.tasks[self._pages]
        if task.elapsed:
            self.progress.update(self._pages, rate=f"{task.completed / task.elapsed:.2f} pages/s")

    def file_done(self, status: str) -> None:
        self.progress.advance(self._files)

    def stop(self) -> None:
        self.progress.stop()


_reporter: Reporter = SilentReporter()


def set_reporter(reporter: Reporter) -> None:
    global _reporter
    _reporter = reporter


def get_reporter() -> Reporter:
    return _reporter
