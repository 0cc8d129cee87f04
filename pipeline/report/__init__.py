"""`woo report`: a static, offline HTML report of a release's database."""

from pipeline.report.build import write_report
from pipeline.report.data import ReportError

__all__ = ["ReportError", "write_report"]
