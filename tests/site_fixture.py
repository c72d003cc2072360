"""Two incidents built as a site (``geomap build --site``), the second under a hostile title: what the
``site`` fixture (conftest.py) builds for tests/web/test_site.py and tests/browser/test_site_page.py.
"""

TITLE = "<img src=x onerror=alert(1)> {{ 7*7 }} Drones & debris"
BODY = """\
places:
  crash_sites:
    - name: Cześniki
      place: Cześniki, gm. Sitno, Zamość County
      reported: Fragments.
      status: confirmed
      sources: [src]
"""
