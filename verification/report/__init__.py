"""The PDF case report for the case file: both documents, both portraits with the score, the MRZ,
every check with its reason, the decision, the officer, and the audit entry's hash with a signed
checkpoint of the audit chain head; Latin, Cyrillic (Kazakh letters) and Chinese; DEMO-marked in
demo mode."""

from verification.report.errors import ReportError
from verification.report.export import ReportExport, checkpoint_path_for, export_case_report
from verification.report.fonts import FontMissing

__all__ = ["FontMissing", "ReportError", "ReportExport", "checkpoint_path_for", "export_case_report"]
