#!/bin/sh
# Stands in for Chromium in tests not marked `browser` (see conftest.py): starting a browser there
# is a mistake, so say which and fail.
echo "this test starts Chromium: move it to tests/browser/" >&2
exit 1
