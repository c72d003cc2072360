// Validate GeoJSON files with @placemarkio/check-geojson; print one JSON line of issues per file.
// Run: NODE_PATH=<node_modules> node tests/check_geojson.js FILE...
"use strict";
const fs = require("fs");
const { getIssues } = require("@placemarkio/check-geojson");
for (const file of process.argv.slice(2)) {
  const issues = getIssues(fs.readFileSync(file, "utf8"));
  process.stdout.write(JSON.stringify({ file: file, issues: issues }) + "\n");
}
