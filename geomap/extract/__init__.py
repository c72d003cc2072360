"""From report text to a draft incident file: places, claims, speakers and counts, with evidence.

``geomap extract REPORT.txt`` reads a report offline, on one core, with the packaged gazetteer and
the same geocoder as the rest of geomap, and writes a draft that ``geomap validate`` accepts and a
person reviews: every item is marked ``draft: true`` with the sentence, line and characters it
comes from.  Modules: :mod:`~geomap.extract.sentences` (sentences and quotations),
:mod:`~geomap.extract.toponyms` (toponyms), :mod:`~geomap.extract.speakers` (speakers),
:mod:`~geomap.extract.claims` (directions and denials), :mod:`~geomap.extract.counts`,
:mod:`~geomap.extract.draft` (the draft).
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from pathlib import Path

from geomap.errors import GeomapError, IncidentError, Problem, ReportError
from geomap.extract.draft import Draft, draft
from geomap.extract.lexicon import MONTHS, MONTHS_PL, MONTHS_RU, MONTHS_SHORT, MONTHS_UK
from geomap.incident.schema import MAX_FILE_BYTES
from geomap.incident.write import dump
from geomap.places.text import fold
from geomap.vocab import DRAFT_SUFFIX

__all__ = ["Draft", "check_draft", "draft", "extract_file", "report_date"]

MAX_REPORT_BYTES = 2 * 2**20


def report_date(text: str, /) -> date | None:
    """Return the first full date a report gives, else None.

    ISO (2025-09-10), day, month and year in English, Polish, Ukrainian or Russian ("10 September
    2025", "10 września 2025 r.", "10 вересня 2025 року", "10 сентября 2025 года"), "September 10,
    2025", and the European numeric form ("10.09.2025 r.", "10.09.2025 г."): day first.  A date
    that does not exist (31.02.2025) is no date; nor is one without its year ("10 września").
    """
    found = []
    for pattern, order in _DATES:
        for m in pattern.finditer(text):
            month = m[order[1]] if m[order[1]].isdigit() else _MONTH_NUMBERS.get(fold(m[order[1]]))
            try:
                found.append((m.start(), date(int(m[order[0]]), int(month or 0), int(m[order[2]]))))
                break  # the first of its form; the first of all forms is kept
            except ValueError:
                continue  # no such day: the next one of this form
    return min(found)[1] if found else None


#: Every month name a date is written with, folded: English, Polish, Ukrainian, Russian; number.
_MONTH_NUMBERS = {
    **{
        fold(name): i + 1
        for names in (MONTHS, MONTHS_PL, MONTHS_UK, MONTHS_RU)
        for i, name in enumerate(names)
    },
    **MONTHS_SHORT,
}
#: (pattern, the groups holding year, month and day).
_DATES = (
    (re.compile(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b"), (1, 2, 3)),
    (re.compile(r"\b(\d{1,2})\s+([^\W\d_]{3,})\.?,?\s+((?:19|20)\d\d)\b"), (3, 2, 1)),
    (re.compile(r"\b([A-Z][a-z]{2,})\.?\s+(\d{1,2}),?\s+((?:19|20)\d\d)\b"), (3, 1, 2)),
    (re.compile(r"\b(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)\b"), (3, 2, 1)),
)


def extract_file(
    report: Path,
    /,
    *,
    out: Path | None = None,
    day: date | None = None,
    language: str = "en",
    timezone: str | None = None,
) -> tuple[Draft, dict[str, bytes], Path]:
    """Read a report file; return the draft, the files to write (the draft's YAML among them), and the folder.

    The draft names the report as its source text, so the report must sit beside it: when ``out``
    is in another folder, a copy of the report goes there too.
    """
    if not report.exists():
        raise ReportError(f"{report}: no such file")
    if not report.is_file():
        raise ReportError(f"{report}: not a regular file; give a UTF-8 text file")
    try:
        with report.open("rb") as f:  # never more than the limit read, whatever the file's size
            data = f.read(MAX_REPORT_BYTES + 1)
    except OSError as err:
        raise ReportError(f"{report}: cannot be read ({err.strerror or err})") from err
    if len(data) > MAX_REPORT_BYTES:
        raise ReportError(
            f"{report}: over {MAX_REPORT_BYTES:,} bytes; geomap extract reads a report of at most "
            f"{MAX_REPORT_BYTES // 2**20} MiB: split it"
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise ReportError(f"{report}: not UTF-8 text (byte {err.start}); save it as UTF-8") from err
    if "\x00" in text:
        raise ReportError(f"{report}: holds NUL characters: not a text file")
    out = out or report.with_name(report.stem.removesuffix(".article") + DRAFT_SUFFIX)
    if out.suffix not in (".yaml", ".yml"):
        raise ReportError(f"-o {out}: a draft is a .yaml file")
    files: dict[str, bytes] = {}
    source = report.name
    if out.parent.resolve() != report.parent.resolve():
        source = out.stem + ".report.txt"
        files[source] = data
    when = day or report_date(text) or datetime.now(UTC).date()
    result = draft(text, name=report.name, day=when, language=language, timezone=timezone, source_file=source)
    header = (
        f"Draft incident written by geomap extract from {report.name} (dated {when.isoformat()}).\n"
        "Every item marked draft: true was read off the report; its evidence gives the line, the\n"
        "characters and the sentence. Check each against the report, correct it, then delete\n"
        "draft: true (and the evidence if you like). geomap validate --strict lists what is left.\n"
        "mentions: are named in the report but not drawn (countries, organisations, denials...)."
    )
    if not (result.places or result.claims or result.counts or result.mentions):
        raise ReportError(
            f"{report}: nothing to draft: geomap extract found no place, country, organisation, direction "
            "claim or count in it (is it a report of the incident, in English, Polish, Ukrainian or Russian?)"
        )
    # The text the draft holds is a floor of its size: over the limit, it is refused before YAML is
    # written (which, for 100,000 items, takes a gigabyte).
    size = _characters(result.data)
    if size <= MAX_FILE_BYTES:
        files[out.name] = dump(result.data, header=header).encode("utf-8")
        size = len(files[out.name])
    if size > MAX_FILE_BYTES:
        raise ReportError(
            f"{report}: the draft would be over {size / 2**20:.0f} MiB ({result.summary()}), more than the "
            f"{MAX_FILE_BYTES // 2**20} MiB an incident file may hold; split the report"
        )
    return result, files, out.parent


def _characters(data: object) -> int:
    """Return how many characters the strings in ``data`` (dicts, lists, values) hold."""
    if isinstance(data, str):
        return len(data)
    if isinstance(data, dict):
        return sum(len(str(k)) + _characters(v) for k, v in data.items())
    if isinstance(data, list):
        return sum(_characters(v) for v in data)
    return 0


def check_draft(files: dict[str, bytes], name: str, report: Path, /) -> list[Problem]:
    """Validate a draft with ``geomap validate``'s own function, before anything is written; return its errors.

    The files (the draft, and the report it names as its source) are written to a temporary folder
    and the draft checked there by :func:`geomap.validation.validate_incident`: read, every place and
    claim located and drawn, in memory (no layers' frames, no page).  Warnings (every
    ``draft: true`` is one) are not errors.
    """
    import tempfile

    from geomap.validation import validate_incident

    with tempfile.TemporaryDirectory(prefix="geomap-extract-") as tmp:
        files = {report.name: report.read_bytes()[: MAX_REPORT_BYTES + 1], **files}  # the draft's source text
        for file, data in files.items():
            (Path(tmp) / file).write_bytes(data)
        try:
            warnings = validate_incident(Path(tmp) / name)
        except IncidentError as err:
            return [p for p in err.problems if p.level == "error"]
        except GeomapError as err:
            return [Problem(name, 1, "incident", str(err))]
    return [p for p in warnings if p.level == "error"]
