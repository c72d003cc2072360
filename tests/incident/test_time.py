"""What was known when: histories and counts in the incident file, ``--as-of`` builds, what the time
control is given (the control itself, in Chromium, is in tests/browser/test_time_control.py).

The seed's history comes from ``../shared/seeds/sites-and-timeline-2025-09.md``: the first list of
eight sites on the morning of 10 September, seventeen by the prosecutor's list of 12 September,
the Wyryki-Wola object called a Polish missile on 16 September, the later finds of 17-21
September and Goszcza excluded on 21 September.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import date, datetime

import pytest
from common import AS_OF_MORNING, HEAD, ONE_SITE, write_incident

from geomap.cli import main
from geomap.errors import GeomapError, IncidentError
from geomap.incident import load_incident, timeline

FIRST_LIST = {
    "wyryki-wola",
    "czosnowka",
    "czesniki",
    "krzywowierzba-kolonia",
    "wohyn",
    "wielki-lan",
    "mniszkow",
    "nowe-miasto-nad-pilica",
}
LATER_FINDS = {"stanislawka", "choiny", "wodynie", "sulmice", "near-biala-gora", "studzieniec", "goszcza"}


def at(text: str) -> datetime:
    return datetime.fromisoformat(text)


def site(history: str, *, extra: str = "") -> str:
    return f"""places:
  crash_sites:
    - name: Site
      coordinates: [22.5, 51.5]
      sources: [src]
{extra}      history:
{history}"""


# -- the model's validation table ------------------------------------------------------------

ENTRY = "        - {{date: {date}, change: {change}, status: {status}, sources: [src]}}\n"
COUNT = "counts:\n  - {{what: drones, value: {value}, date: {date}, sources: [{source}]{more}}}\n"

CASES = {
    "out of order": (
        site(
            ENTRY.format(date="2025-09-12", change="reported", status="reported")
            + ENTRY.format(date="2025-09-11", change="status", status="confirmed")
        ),
        "crash_sites.site.history",
        "2025-09-11 comes before 2025-09-12; keep the history in date order",
    ),
    "before the incident": (
        site(ENTRY.format(date="2025-09-09T20:00:00+02:00", change="reported", status="reported")),
        "crash_sites.site.history",
        "is before the incident began",
    ),
    "status disagrees with history": (
        site(
            ENTRY.format(date="2025-09-10", change="reported", status="disputed"),
            extra="      status: confirmed\n",
        ),
        "crash_sites.site.status",
        "is 'confirmed' but its history ends with 'disputed'; make them agree",
    ),
    "later text without a first one": (
        site(
            ENTRY.format(date="2025-09-10", change="reported", status="reported")
            + "        - {date: 2025-09-12, change: corrected, reported: Drone parts, sources: [src]}\n"
        ),
        "crash_sites.site.history",
        "say what was reported first too (reported:)",
    ),
    "unknown source": (
        site("        - {date: 2025-09-10, change: reported, sources: [nowhere]}\n"),
        "crash_sites.site.history.sources",
        "source 'nowhere' is not defined under sources",
    ),
    "no sources": (
        site("        - {date: 2025-09-10, change: reported}\n"),
        "places.crash_sites[0].history[0].sources",
        "is required; add it",
    ),
    "unknown change": (
        site("        - {date: 2025-09-10, change: changed, sources: [src]}\n"),
        "places.crash_sites[0].history[0].change",
        "'changed' is not one of",
    ),
    "unknown status": (
        site(ENTRY.format(date="2025-09-10", change="status", status="certain")),
        "places.crash_sites[0].history[0].status",
        "'certain' is not one of",
    ),
    "a date in words": (
        site("        - {date: 16 September, change: reported, sources: [src]}\n"),
        "places.crash_sites[0].history[0].date",
        "is not a date or time; write 2025-09-16",
    ),
    "count before the incident": (
        COUNT.format(value=21, date="2025-09-01", source="src", more=""),
        "counts.drones.date",
        "2025-09-01 is before the incident began",
    ),
    "count in words": (
        COUNT.format(value='"about 21"', date="2025-09-10", source="src", more=""),
        "counts[0].value",
        "",
    ),
    "count qualifier": (
        COUNT.format(value=21, date="2025-09-10", source="src", more=", qualifier: roughly"),
        "counts[0].qualifier",
        "'roughly' is not one of",
    ),
    "count source": (
        COUNT.format(value=21, date="2025-09-10", source="nowhere", more=""),
        "counts.drones.sources",
        "source 'nowhere' is not defined under sources",
    ),
}


@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_the_validation_table(tmp_path, capsys, case):
    body, field, message = CASES[case]
    seed = write_incident(tmp_path, body)
    with pytest.raises(IncidentError) as err:
        load_incident(seed)
    lines = [str(p) for p in err.value.problems]
    assert any(f": {field}: " in line and message in line for line in lines), lines
    assert all(line.startswith(f"{seed}:") for line in lines)
    assert main(["validate", str(seed)]) == 1
    assert "Traceback" not in capsys.readouterr().err


def test_a_date_alone_is_the_end_of_that_day_in_the_incident_time_zone(tmp_path):
    seed = write_incident(
        tmp_path, site(ENTRY.format(date="2025-09-12", change="reported", status="confirmed"))
    )
    report = load_incident(seed).places["crash_sites"][0].report
    assert report.history[0].when.at == at("2025-09-12T23:59:59+02:00")
    assert report.status == "confirmed"  # taken from the history when the file gives none
    assert report.known_from == report.history[0].when.at


def test_a_feature_without_history_is_known_from_the_start(tmp_path):
    seed = write_incident(tmp_path, ONE_SITE)
    incident = load_incident(seed)
    assert timeline.as_of(incident, incident.start).places["crash_sites"][0].report.name == "Site"


def test_the_state_follows_the_history(tmp_path):
    history = (
        "        - {date: 2025-09-10T09:00:00+02:00, change: reported, status: reported, reported: A drone, sources: [src]}\n"
        "        - {date: 2025-09-16, change: excluded, status: excluded, reported: A model aircraft, sources: [src2]}\n"
    )
    head = (
        HEAD
        + "  - {{id: src2, title: Later, publisher: Other, date: 2025-09-16, url: 'https://example.org/b'}}\n"
    )
    seed = write_incident(tmp_path, site(history), head=head)
    report = load_incident(seed).places["crash_sites"][0].report
    assert timeline.state(report, at("2025-09-10T08:59+02:00")) is None
    morning = timeline.state(report, at("2025-09-10T09:00+02:00"))
    assert (morning.status, morning.reported, morning.sources) == ("reported", "A drone", ("src",))
    later = timeline.state(report, at("2025-09-17T00:00+02:00"))
    assert (later.status, later.reported, later.sources) == ("excluded", "A model aircraft", ("src", "src2"))


# -- the seed's history --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def incident(seed):
    return load_incident(seed)


def _sites(incident, when: str, layer: str = "crash_sites") -> dict[str, str]:
    then = timeline.as_of(incident, at(when))
    return {e.report.id: e.report.status for e in then.places[layer]}


def test_the_page_is_given_each_state_python_decides(built):
    """The page picks a feature's state; what each state holds is timeline.state's, decided once."""
    reports = {(layer, r.id): r for layer, r in built.incident.reports()}
    given = 0
    for entry in built.document["layers"]:
        for record in entry["features"]:
            p = record["properties"]
            report = reports.get((entry["key"], record["id"]))
            if report is None or len(report.history) < 2:
                assert "states" not in p, record["id"]
                continue
            moments = [h.when.at for h in report.history]
            # one state a moment before the last: two entries of one moment make one state
            distinct = [n for n in range(1, len(moments)) if moments[n - 1] < moments[n]]
            assert [s["entries"] for s in p["states"]] == distinct
            for s in p["states"]:
                then = timeline.state(report, datetime.fromisoformat(s["at"]))
                assert then is not None and len(then.history) == s["entries"]
                assert (s["status"], s["reported"], s["sources"]) == (
                    then.status,
                    then.reported,
                    list(then.sources),
                )
                assert s["quotes"] == [{"source": q.source, "text": q.text} for q in then.quotes]
                given += 1
    assert given == 18  # 16 sites with two entries, Wyryki-Wola with three; Goszcza's two share a day


def test_every_seed_site_has_a_sourced_history(incident):
    for layer in ("crash_sites", "later_finds"):
        for entry in incident.places[layer]:
            report = entry.report
            assert report.history, report.id
            assert all(h.sources for h in report.history), report.id


def test_as_of_the_morning_of_10_september_the_first_list(incident):
    assert _sites(incident, AS_OF_MORNING) == dict.fromkeys(FIRST_LIST, "reported")
    assert _sites(incident, AS_OF_MORNING, "later_finds") == {}
    assert _sites(incident, "2025-09-10T05:39+02:00") == {}
    assert _sites(incident, "2025-09-10T05:40+02:00") == {"czosnowka": "reported"}  # the first found


def test_as_of_13_september_seventeen_sites(incident):
    sites = _sites(incident, "2025-09-13T00:00+02:00")
    assert len(sites) == 17
    assert {k for k, v in sites.items() if v != "confirmed"} == {"wyryki-wola"}
    assert sites["wyryki-wola"] == "reported"  # disputed only from 16 September


def test_wyhalew_first_called_missile_remains_then_drone_elements(incident):
    wyhalew = next(e.report for e in incident.places["crash_sites"] if e.report.id == "wyhalew")
    first = timeline.state(wyhalew, at("2025-09-10T12:00+02:00"))
    assert first.reported.startswith("Remains of a missile") and first.status == "reported"
    assert wyhalew.reported.startswith("Foam drone elements") and wyhalew.status == "confirmed"
    assert [h.change for h in wyhalew.history] == ["reported", "corrected"]


def test_as_of_22_september_the_later_finds_and_goszcza_excluded(incident):
    assert _sites(incident, "2025-09-22T00:00+02:00")["wyryki-wola"] == "disputed"
    finds = _sites(incident, "2025-09-22T00:00+02:00", "later_finds")
    assert set(finds) == LATER_FINDS
    assert finds["goszcza"] == "excluded"
    assert _sites(incident, "2025-09-21T00:00+02:00", "later_finds").get("goszcza") is None


def test_the_counts_over_time(incident):
    def sites_found(when: str) -> int | None:
        found = [c for c in timeline.as_of(incident, at(when)).counts if c.what == "sites found"]
        return max(found, key=lambda c: c.when.at).value if found else None

    assert [
        sites_found(t)
        for t in (
            "2025-09-10T08:00+02:00",
            AS_OF_MORNING,
            "2025-09-13T00:00+02:00",
            "2025-09-18T00:00+02:00",
            "2025-09-22T00:00+02:00",
        )
    ] == [None, 8, 17, 18, 21]
    counts = {c.id: c for c in incident.counts}
    assert (counts["violations"].value, counts["drones"].value) == (19, 21)
    assert counts["sites-later-finds"].qualifier == "about"


def test_as_of_must_have_an_offset_and_not_come_before_the_start(incident):
    with pytest.raises(GeomapError, match="no UTC offset"):
        timeline.parse_moment("2025-09-10T09:00")
    with pytest.raises(GeomapError, match="not an ISO 8601 time"):
        timeline.parse_moment("yesterday")
    with pytest.raises(GeomapError, match="before the incident began"):
        timeline.as_of(incident, at("2025-09-09T20:00+02:00"))


# -- geomap build --as-of --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def morning(seed, tmp_path_factory):
    """``geomap build --as-of`` the morning of 10 September, beside a latest build."""
    out = tmp_path_factory.mktemp("asof")
    common = ["--layers-dir", str(out / "layers"), "--out", str(out / "build")]
    assert main(["build", str(seed), *common]) == 0
    assert main(["build", str(seed), "--as-of", AS_OF_MORNING, *common]) == 0
    return out


def test_as_of_outputs_are_named_for_the_moment_and_leave_the_latest_alone(morning):
    name = "pl-drones-2025-09-10.as-of-20250910T0700Z"
    assert sorted(p.name for p in (morning / "build").iterdir()) == sorted(
        [f"{name}.gpkg", f"{name}.html", "pl-drones-2025-09-10.gpkg", "pl-drones-2025-09-10.html"]
    )
    latest = json.loads(
        (morning / "layers" / "pl-drones-2025-09-10" / "crash_sites.geojson").read_text("utf-8")
    )
    assert len(latest["features"]) == 17


def test_as_of_layers_hold_what_was_known_with_the_moment_in_their_metadata(morning):
    folder = morning / "layers" / "pl-drones-2025-09-10.as-of-20250910T0700Z"
    sites = json.loads((folder / "crash_sites.geojson").read_text("utf-8"))
    assert {f["id"] for f in sites["features"]} == FIRST_LIST
    assert {f["properties"]["status"] for f in sites["features"]} == {"reported"}
    assert sites["geomap"]["as_of"] == "2025-09-10T09:00:00+02:00"
    claims = json.loads((folder / "flight_directions.geojson").read_text("utf-8"))
    assert claims["features"] == []  # every claim was made later that day


def test_as_of_geopackage_and_page_say_the_moment(morning):
    name = "pl-drones-2025-09-10.as-of-20250910T0700Z"
    with sqlite3.connect(morning / "build" / f"{name}.gpkg") as db:
        meta = dict(db.execute("SELECT key, value FROM geomap_metadata"))
        assert meta["as_of"] == "2025-09-10T09:00:00+02:00"
        assert db.execute("SELECT count(*) FROM crash_sites").fetchone() == (8,)
    html = (morning / "build" / f"{name}.html").read_text("utf-8")
    assert '"as_of": "2025-09-10T09:00:00+02:00"' in html or '"as_of":"2025-09-10T09:00:00+02:00"' in html


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("yesterday", "is not an ISO 8601 time or date"),
        ("2025-09-10T09:00", "has no UTC offset"),
        ("2025-09-01T00:00+02:00", "is before the incident began"),
        ("2025-09-01", "is before the incident began"),
        ("2025-13-01", "is not an ISO 8601 time or date"),
    ],
)
def test_a_bad_as_of_is_one_line_and_writes_nothing(seed, tmp_path, capsys, value, message):
    folders = ["--layers-dir", str(tmp_path / "l"), "--out", str(tmp_path / "b")]
    code = main(["build", str(seed), "--as-of", value, *folders])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2  # wrong usage (OptionError)
    assert len(err) == 1 and "--as-of" in err[0] and message in err[0]
    assert not (tmp_path / "l").exists() and not (tmp_path / "b").exists()


def test_as_of_a_date_alone_is_the_end_of_that_day_in_the_incidents_time_zone(seed, incident, tmp_path):
    """``--as-of 2025-09-10`` means what ``date: 2025-09-10`` means in the file: known by the end of that day."""
    day = timeline.parse_moment("2025-09-10")
    assert day == date(2025, 9, 10) and not isinstance(day, datetime)
    end = at("2025-09-10T23:59:59+02:00")  # Europe/Warsaw, summer time
    assert timeline.as_of(incident, day) == timeline.as_of(incident, end)
    assert timeline.as_of(incident, day) != timeline.as_of(incident, at("2025-09-10T00:00+02:00"))
    folders = ["--layers-dir", str(tmp_path / "l"), "--out", str(tmp_path / "b")]
    assert main(["build", str(seed), "--as-of", "2025-09-10", *folders]) == 0
    name = "pl-drones-2025-09-10.as-of-20250910T2159Z"
    sites = json.loads((tmp_path / "l" / name / "crash_sites.geojson").read_text("utf-8"))
    assert sites["geomap"]["as_of"] == "2025-09-10T23:59:59+02:00"


def test_a_tables_last_time_step_is_its_last_moment_not_a_period_end_after_it():
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from geomap.timeline import table_timeline

    zone = ZoneInfo("Europe/Warsaw")
    first, last = datetime(2024, 1, 3, 8, tzinfo=zone), datetime(2025, 6, 10, 13, 5, tzinfo=zone)
    weekly = table_timeline(first, last, zone, "exact")
    assert weekly["last"] == last.isoformat()
    assert all(datetime.fromisoformat(d) < last for d in weekly["days"])
    assert table_timeline(first, last, zone, "day")["days"][-1] == "2025-06-10T23:59:59+02:00"
    short = table_timeline(datetime(2025, 1, 1, 10, 3, tzinfo=zone), last.replace(2025, 1, 2), zone, "exact")
    assert short["steps"][-1] == short["last"] == "2025-01-02T13:05:00+01:00"
