/* geomap.js, table.js: the table of every feature: sorting, 'show on map'.
 * Runs inside mount() (core.js opens it, main.js closes it), in one closure with the other
 * parts: page.GEOMAP_JS joins them in order. Functions: tableRowsOf, tablePanel, sortTable, sortRows,
 * retable, refreshTable, showFeature
 */
    /* -- the table of every feature ---------------------------------------------------------- */

    var tableBody, tableRows = [], sortKey = null, sortUp = true;

    /** One row a feature; a claim is one row (its drawn parts are not rows of their own). */
    function tableRowsOf() {
      var rows = [];
      doc.layers.slice().reverse().forEach(function (layer) {  // the most important layers first
        var claims = layer.kind === "claims";
        var features = claims ? layer.features.filter(function (f) { return f.properties.kind === "claim"; }) : layer.features;
        features.forEach(function (f) {
          var p = stateAt(f.properties, now);
          if (!p) return;  // not yet known at the time shown
          rows.push({ key: claims ? layer.key + "-" + f.id : layer.key, target: claims ? f.id + "-corridor" : f.id,
                      name: claims ? p.claim + " \u2014 " + p.speaker : p.name, layer: layer.title, what: p.reported || "",
                      status: layer.badges.indexOf(f.id) >= 0 ? label("status", p.status) : "",
                      statusOrder: V.statuses.indexOf(p.status), when: formatTime(p.time, p.time_precision),
                      whenOrder: p.time || "",
                      where: claims ? (p.entry_sector || T.no_geometry) : where(p) || (p.countries || []).join("\u2013"),
                      sources: (p.sources || []).map(function (id) { return sources[id] ? sources[id].number : id; }).join(", ") });
        });
      });
      return rows;
    }

    var COLUMNS = [["name", "name"], ["layer", "layer"], ["what", "what"], ["status", "statusOrder"], ["when", "whenOrder"],
                   ["where", "where"], ["sources", "sources"]];

    function tablePanel() {
      var body = panel("table", T.table_title);
      var table = el("table", "gm-table");
      var head = el("tr");
      COLUMNS.forEach(function (c) {
        var th = el("th");
        th.setAttribute("scope", "col");
        var b = button(T[c[0]] || c[0], "gm-sort", function () { sortTable(c[1], th); });
        b.setAttribute("title", T.sort_by + ": " + (T[c[0]] || c[0]));
        th.appendChild(b);
        head.appendChild(th);
      });
      append(table, append(el("thead"), head));
      tableBody = append(table, el("tbody")).lastChild;
      append(body, append(el("div", "gm-table-scroll"), table));
      tableRows = tableRowsOf();
      refreshTable();
    }

    function sortTable(key, th) {
      sortUp = sortKey === key ? !sortUp : true;
      sortKey = key;
      Array.prototype.forEach.call(th.parentNode.children, function (cell) { cell.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", sortUp ? "ascending" : "descending");
      sortRows();
      refreshTable();
    }

    function sortRows() {
      if (sortKey === null) return;
      tableRows.sort(function (a, b) {
        var x = a[sortKey], y = b[sortKey];
        var cmp = typeof x === "number" ? x - y : String(x).localeCompare(String(y), lang);
        return sortUp ? cmp : -cmp;
      });
    }

    /** Rows as of the time shown, in the order the reader chose. */
    function retable() {
      tableRows = tableRowsOf();
      sortRows();
      refreshTable();
    }

    function refreshTable() {
      if (!tableBody) return;
      while (tableBody.firstChild) tableBody.removeChild(tableBody.firstChild);
      tableRows.forEach(function (r) {
        var tr = el("tr");
        var drawn = overlays[r.key];
        if (drawn && !map.hasLayer(drawn.group)) tr.className = "gm-hidden-row";
        var nameCell = el("th");
        nameCell.setAttribute("scope", "row");
        if (drawn) {
          var show = button(r.name, "gm-show", function () { showFeature(r.key, r.target); });
          show.setAttribute("title", T.show_on_map);
          nameCell.appendChild(show);
        } else {
          nameCell.textContent = r.name;  // a claim with no direction: nothing on the map to show
        }
        tr.appendChild(nameCell);
        [r.layer, r.what, r.status, r.when, r.where, r.sources].forEach(function (v) { tr.appendChild(el("td", null, v)); });
        tableBody.appendChild(tr);
      });
    }

    function showFeature(key, id) {
      var leaf = leafOf(key, id);
      if (!leaf) return;
      if (overlays[key].claim && overlays[key].claim.id !== "overlap") selectClaim(overlays[key].claim.id);
      if (!map.hasLayer(overlays[key].group)) {
        overlays[key].group.addTo(map);
        var box = app.querySelector('input[data-overlay="' + key + '"]');
        if (box) box.checked = true;
      }
      if (compact) openPanel(null);
      layout();  // the popups' room, with the table as it is now
      var pad = freePadding();
      if (leaf.getLatLng && !leaf.getBounds) {
        // The feature at the middle of the map's free part: never under a panel, the table or the bars.
        map.setView(leaf.getLatLng(), Math.max(map.getZoom(), 9), { animate: false });
        var size = map.getSize();
        var middle = L.point((pad.topLeft[0] + size.x - pad.bottomRight[0]) / 2, (pad.topLeft[1] + size.y - pad.bottomRight[1]) / 2);
        map.panBy(map.latLngToContainerPoint(leaf.getLatLng()).subtract(middle), { animate: false });
      }
      else map.fitBounds(leaf.getBounds(), { paddingTopLeft: pad.topLeft, paddingBottomRight: pad.bottomRight, animate: false, maxZoom: 10 });
      leaf.openPopup(leaf.getLatLng ? leaf.getLatLng() : undefined);
    }

