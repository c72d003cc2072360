"""Scoring geomap extract against the real reports in ``real/reports.yaml`` (annotated before any run).

A report's split comes from a rule fixed before the first run on its batch: the third of the batch
whose address has the smallest SHA-256 is the test split (17 of the first 51, 6 of the second 18, 6
of the third 18, 6 of the fourth 18), the rest the tune split.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path

import yaml

from geomap.extract import Draft
from geomap.places.text import fold

HERE = Path(__file__).parent / "real"
#: The batches of reports, each annotated before extract first ran on it, and the size of its test
#: split: the reports of the batch whose address has the smallest SHA-256 (a third of each).
BATCHES = {
    "reports.yaml": 17,
    "reports-2.yaml": 6,
    "reports-3.yaml": 6,
    "reports-4.yaml": 6,
    "reports-5.yaml": 6,
    "reports-6.yaml": 6,
    "reports-7.yaml": 6,
    "reports-8.yaml": 6,
    "reports-9.yaml": 6,
    "reports-10.yaml": 6,
    "reports-11.yaml": 6,
    "reports-12.yaml": 6,
    "reports-13.yaml": 6,
    "reports-14.yaml": 6,
    "reports-15.yaml": 6,
    "reports-16.yaml": 6,
    "reports-17.yaml": 6,
    "reports-18.yaml": 6,
    "reports-19.yaml": 6,
    "reports-20.yaml": 6,
    "reports-21.yaml": 6,
    "reports-22.yaml": 6,
    "reports-23.yaml": 6,
    "reports-24.yaml": 6,
    "reports-25.yaml": 6,
    "reports-26.yaml": 6,
    "reports-27.yaml": 6,
    "reports-28.yaml": 6,
    "reports-29.yaml": 6,
    "reports-30.yaml": 6,
    "reports-31.yaml": 6,
    "reports-32.yaml": 6,
    "reports-33.yaml": 6,
    "reports-34.yaml": 6,
    "reports-35.yaml": 6,
    "reports-36.yaml": 6,
    "reports-37.yaml": 6,
    "reports-38.yaml": 6,
    "reports-39.yaml": 6,
    "reports-40.yaml": 6,
    "reports-41.yaml": 6,
    "reports-42.yaml": 6,
    "reports-43.yaml": 6,
    "reports-44.yaml": 6,
    "reports-45.yaml": 6,
    "reports-46.yaml": 6,
    "reports-47.yaml": 6,
    "reports-48.yaml": 6,
    "reports-49.yaml": 6,
    "reports-50.yaml": 6,
    "reports-51.yaml": 6,
    "reports-52.yaml": 6,
    "reports-53.yaml": 6,
    "reports-54.yaml": 6,
    "reports-55.yaml": 6,
    "reports-56.yaml": 6,
    "reports-57.yaml": 6,
    "reports-58.yaml": 6,
    "reports-59.yaml": 6,
    # (sixteen: two of its reports were the fifty-ninth batch's too, kept there)
    "reports-60.yaml": 5,
    # (seventeen: one of its reports was the first batch's under another address, left out)
    "reports-61.yaml": 5,
    "reports-62.yaml": 6,
    "reports-63.yaml": 6,
    "reports-64.yaml": 6,
    "reports-65.yaml": 6,
    "reports-66.yaml": 6,
    "reports-67.yaml": 6,
    # (seventeen: one of its reports was the fifty-second batch's on a mirror, left out)
    "reports-68.yaml": 5,
    "reports-69.yaml": 6,
    "reports-70.yaml": 6,
    "reports-71.yaml": 6,
    "reports-72.yaml": 6,
    "reports-73.yaml": 6,
    "reports-74.yaml": 6,
    "reports-75.yaml": 6,
    "reports-76.yaml": 6,
    "reports-77.yaml": 6,
    "reports-78.yaml": 6,
    "reports-79.yaml": 6,
    "reports-80.yaml": 6,
    "reports-81.yaml": 6,
    "reports-82.yaml": 6,
    "reports-83.yaml": 6,
    "reports-84.yaml": 6,
    "reports-85.yaml": 6,
    "reports-86.yaml": 6,
    "reports-87.yaml": 6,
    "reports-88.yaml": 6,
    "reports-89.yaml": 6,
    "reports-90.yaml": 6,
    "reports-91.yaml": 6,
    # (fourteen: its helper found no more unused reports naming a village, one of them Polish)
    "reports-92.yaml": 5,
}
BATCH: dict[str, dict[str, dict]] = {
    name: yaml.safe_load((HERE / name).read_text("utf-8")) for name in BATCHES
}
REPORTS: dict[str, dict] = {k: v for batch in BATCH.values() for k, v in batch.items()}
# A report's name is its key in every table: two batches naming two reports alike would hide one.
assert len(REPORTS) == sum(map(len, BATCH.values())), "two reports share a name across the batches"


def split_of() -> dict[str, str]:
    split = {}
    for name, test_size in BATCHES.items():
        reports = BATCH[name]
        order = sorted(reports, key=lambda k: hashlib.sha256(reports[k]["url"].encode()).hexdigest())
        split |= {k: "test" if i < test_size else "tune" for i, k in enumerate(order)}
    return split


SPLIT = split_of()


#: The day every real report is drafted with (the test suite's and scripts/measure_extract.py's).
DAY = date(2025, 9, 10)


def drafted(name: str) -> Draft:
    """Return the draft of a real report, in its own language."""
    from geomap.extract import draft

    report = REPORTS[name]
    return draft(report["text"], name=f"{name}.txt", day=DAY, language=report["language"])


def refusal(name: str, folder: Path) -> list[str]:
    """Return why ``geomap extract`` writes no valid draft of a real report (none: it does).

    The report is written to ``folder`` and extracted as the command does (its validation of its own
    draft included): "nothing to draft" is a refusal, and so is every problem ``validate`` finds.
    """
    from geomap.errors import ReportError
    from geomap.extract import check_draft, extract_file

    report = folder / f"{name}.txt"
    report.write_text(REPORTS[name]["text"], "utf-8")
    # (the command's --language, which tells Polish from the rest: Cyrillic is recognised by its script)
    language = "pl" if REPORTS[name]["language"] == "pl" else "en"
    try:
        _, files, _ = extract_file(report, day=DAY, language=language)
    except ReportError as err:  # "nothing to draft": no draft at all
        return [str(err)]
    return [str(p) for p in check_draft(files, f"{name}.draft.yaml", report)]


@dataclass
class Tally:
    """True positives, false positives and false negatives of one kind of item."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, got: Counter[object], want: Counter[object]) -> None:
        hit = sum((got & want).values())
        self.tp += hit
        self.fp += sum(got.values()) - hit
        self.fn += sum(want.values()) - hit

    def figures(self) -> tuple[float, float]:
        return self.tp / max(1, self.tp + self.fp), self.tp / max(1, self.tp + self.fn)

    def show(self) -> str:
        p, r = self.figures()
        return f"P {p:.2f} R {r:.2f} ({self.tp} right, {self.fp} wrong, {self.fn} missed)"


@dataclass
class Score:
    places: Tally = field(default_factory=Tally)
    claims: Tally = field(default_factory=Tally)
    speakers: Tally = field(default_factory=Tally)
    inverted: list[str] = field(default_factory=list)
    merged: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)  # what was wrong or missed, for the reader


@cache
def _place_id(name: str) -> str | None:
    from geomap.places.geocoder import default_geocoder

    answer = default_geocoder().resolve(name)
    return answer.match.gazetteer_id if answer.match else None


def _same_place(a: str, b: str) -> bool:
    return a == b or (_place_id(a) is not None and _place_id(a) == _place_id(b))


def _alts(text: str | None) -> set[str]:
    return {fold(a.strip()).removeprefix("the ") for a in (text or "").split("|")}


def _speaker(label: str | None) -> str | None:
    if label is None or label.startswith("unknown"):
        return None
    return fold(label).removeprefix("the ")


def got_items(d: Draft) -> list[tuple[str, str | None, int]]:
    """(direction key, speaker, claim number) of each drafted direction; denials keyed "not ..."."""
    assert d.read is not None
    out: list[tuple[str, str | None, int]] = []
    for i, c in enumerate(d.read.claims):
        for x in dict.fromkeys((x.kind, x.countries) for x in c.directions if x.kind != "into"):
            out.append(
                (f"{x[0]} {'-'.join(sorted(x[1]) if x[0] == 'border' else x[1])}", _speaker(c.label), i)
            )
    for x, s, _ in d.read.denials:
        key = f"{x.kind} {'-'.join(sorted(x.countries) if x.kind == 'border' else x.countries)}"
        out.append((f"not {key}", _speaker(s.label if s else None), -1))
    return list(dict.fromkeys(out))


def want_items(want: dict) -> list[tuple[set[str], set[str] | None]]:
    items: list[tuple[set[str], set[str] | None]] = []
    for polarity, kind in (("", "claims"), ("not ", "denials")):
        for direction, speaker in want.get(kind, []):
            keys = {polarity + k.strip() for k in direction.split("|")}
            items.append((keys, None if speaker is None else _alts(speaker)))
    return items


def score(name: str, d: Draft, s: Score) -> None:
    want = REPORTS[name]
    assert d.found is not None
    got_places = {fold(m.name) for m in d.found.mentions if m.kind == "place" and m.name}
    ok = {fold(p) for p in want.get("ok", []) + want.get("outside", [])}
    wanted = {fold(p) for p in want.get("places", [])}
    got_places -= ok - wanted
    # A place drafted under another of its names ("Warsaw" for "w Warszawie") is the same place.
    for g in list(got_places - wanted):
        same = next((w for w in wanted - got_places if _same_place(g, w)), None)
        if same:
            got_places = (got_places - {g}) | {same}
    got_places -= {g for g in got_places - wanted if any(_same_place(g, o) for o in ok)}
    hit = got_places & wanted
    s.places.tp += len(hit)
    s.places.fp += len(got_places - wanted)
    s.places.fn += len(wanted - got_places)
    s.misses += [
        f"{name}: place drafted, not in the report's places: {p}" for p in sorted(got_places - wanted)
    ]
    s.misses += [f"{name}: place missed: {p}" for p in sorted(wanted - got_places)]

    got = got_items(d)
    wants = want_items(want)
    used: set[int] = set()
    for key, speaker, _ in got:
        # The item of the drafted speaker first, then one of no one's: "BBN podało, że … z Białorusi"
        # is BBN's item, not the writer's own "origin BY" the report also holds.
        j = next(
            (
                j
                for j, (keys, alts) in enumerate(wants)
                if j not in used
                and key in keys
                and speaker is not None
                and alts is not None
                and speaker in alts
            ),
            None,
        )
        if j is None:
            j = next(
                (
                    j
                    for j, (keys, alts) in enumerate(wants)
                    if j not in used and key in keys and (speaker is None or alts is None or speaker in alts)
                ),
                None,
            )
        if (
            j is None
            and speaker is not None
            and any(
                key in keys and alts is not None and speaker in alts
                for k, (keys, alts) in enumerate(wants)
                if k in used
            )
        ):
            # The same item again under another of the speaker's names the annotation gives ("Moskwa",
            # then "Rosyjskie ministerstwo obrony"): one (direction, speaker), counted once.
            s.misses.append(f"{name}: {key} again, under another of its speaker's names: {speaker}")
            continue
        if j is None:
            j = next((j for j, (keys, _) in enumerate(wants) if j not in used and key in keys), None)
        if j is None:
            s.claims.fp += 1
            s.speakers.fp += speaker is not None
            s.misses.append(f"{name}: claim drafted, not in the report: {key} ({speaker})")
            opposite = key.removeprefix("not ") if key.startswith("not ") else f"not {key}"
            # Inverted: what the report has a speaker (or no one) say the other way round, given to
            # that speaker or to no one; another speaker's claim of it is an extra claim, no inversion.
            said = any(key in keys for keys, _ in wants)  # anyone in the report says it this way
            if any(
                opposite in keys and (not said or speaker is None or alts is None or speaker in alts)
                for keys, alts in wants
            ):
                s.inverted.append(f"{name}: {key} ({speaker})")
            continue
        used.add(j)
        s.claims.tp += 1
        alts = wants[j][1]
        if alts is None:  # the report names no one
            s.speakers.fp += speaker is not None
            if speaker is not None:
                s.misses.append(f"{name}: {key} given a speaker the report does not name: {speaker}")
        elif speaker is None:
            if "~" not in alts:
                s.speakers.fn += 1
                s.misses.append(f"{name}: {key}: speaker missed ({sorted(alts)[0]})")
        elif speaker in alts:
            s.speakers.tp += 1
        else:
            s.speakers.fp += 1
            s.speakers.fn += 1
            s.misses.append(f"{name}: {key}: speaker {speaker!r}, not {sorted(alts - {'~'})}")
    for j, (keys, alts) in enumerate(wants):
        if j not in used:
            s.claims.fn += 1
            s.speakers.fn += alts is not None and "~" not in alts
            s.misses.append(f"{name}: claim missed: {'|'.join(sorted(keys))} ({sorted(alts or {'-'})})")
    # Merged: one drafted claim holding directions that belong to different speakers in the report.
    by_claim: dict[int, set[str]] = {}
    for key, _, i in got:
        if i >= 0:
            by_claim.setdefault(i, set()).add(key)
    for i, keys in by_claim.items():
        # Who in the report says each direction: the speakers (each a set of their names) of the
        # items holding it.  Two speakers may both say both directions: no merge then.
        owners = [
            {frozenset(a or {"-"}) for ks, a in wants if k in ks}
            for k in keys
            if any(k in ks for ks, _ in wants)
        ]
        speaker = next(sp for _, sp, j in got if j == i)
        mine = [any(speaker in o for o in says) for says in owners]
        # The drafted speaker says some of them: a merge unless they say all; else one speaker must.
        merged = (not all(mine)) if any(mine) else bool(owners) and not set.intersection(*owners)
        # A direction drafted as a claim that the report only denies, or that its speaker denied
        # (one speaker's claim and another's denial of it, an unattributed claim of it is no merge).
        denied = [
            k
            for k in keys
            if any(
                f"not {k}" in ks and (not any(k in c for c, _ in wants) or (a is not None and speaker in a))
                for ks, a in wants
            )
        ]
        if denied or (len(keys) > 1 and merged):
            s.merged.append(f"{name}: claim {i + 1}: {sorted(keys)}")


def outside_found(name: str, d: Draft) -> tuple[int, int]:
    """How many of the places outside the gazetteer's reach the draft names at all (as any mention)."""
    want = {fold(p) for p in REPORTS[name].get("outside", [])}
    assert d.found is not None
    said = {fold(d.found.mentions[i].text) for i in range(len(d.found.mentions))}
    said |= {fold(m.get("text", "")) for m in d.mentions}
    return len(want & said), len(want)
