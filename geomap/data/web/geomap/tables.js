/* geomap.js, tables.js: event tables, drawn by the compact renderer of geomap-table.js.
 * Runs inside mount() (core.js opens it, main.js closes it), in one closure with the other
 * parts: page.GEOMAP_JS joins them in order. Functions: densityRows, categoryLabel, tableNotes,
 * tableToggles, tableSymbol, withLayer, refreshEventCount, loadTables, eventsAt, openCell, openEvents,
 * eventItem
 */
    /* -- event tables: the compact renderer (geomap-table.js) ------------------------------------ */

    var tables = doc.tables || [];
    var eventLayers = [];      // one per table, once its columns are loaded
    var eventCount = null;     // the header's "n events" line
    var tablesReady = !tables.length;

    /** The density classes as legend rows: the colour and the counts it stands for (as drawn). */
    function densityRows(grid) {
      return window.geomapTables.densityClasses(grid.max, V.density_colours.length).map(function (c) {
        var from = c[1], to = c[2];
        return [swatch("area", V.density_colours[c[0]], { fill: 1 }), from === to ? number.format(from) : number.format(from) + "\u2013" + number.format(to)];
      });
    }

    function categoryLabel(v) {
      if (v.other) return T.other + " (" + T.other_categories.replace("{n}", number.format(v.other)) + ")";
      return v.label === null || v.label === undefined ? T.no_value : v.label;
    }

    function tableNotes(t) {
      var box = el("div", "gm-table-notes");
      if (!t.embedded) append(box, el("p", "gm-note", T.not_embedded.replace("{n}", number.format(t.count))));
      var files = t.files.length ? " (" + t.files.join(", ") + ")" : "";
      append(box, el("p", null, T.data_from + ": " + plural("event_count", t.count) + files));
      if (t.shapes) {
        var what = [];
        if (t.shapes.lines) what.push(plural("line_count", t.shapes.lines));
        if (t.shapes.polygons) what.push(plural("polygon_count", t.shapes.polygons));
        if (t.shapes.multipoints) what.push(plural("multipoint_count", t.shapes.multipoints));
        append(box, el("p", "gm-note", T.shapes_drawn.replace("{what}", what.join(", "))));
        if (t.shapes.simplified_m) append(box, el("p", "gm-note", T.shapes_simplified.replace("{m}", number.format(t.shapes.simplified_m))));
        if (t.shapes.mixed_collections) append(box, el("p", "gm-note", T.shapes_mixed.replace("{n}", number.format(t.shapes.mixed_collections))));
      }
      if (t.missing.count) {
        append(box, el("p", "gm-note", T.without_coordinates.replace("{n}", number.format(t.missing.count))
          .replace("{file}", t.missing.file || "\u2014")));
        var reasons = el("ul", "gm-reasons");
        Object.keys(t.missing.reasons).forEach(function (r) {
          append(reasons, el("li", null, r + ": " + number.format(t.missing.reasons[r])));
        });
        append(box, reasons);
      }
      if (t.time && t.time.missing) append(box, el("p", "gm-note", T.without_time.replace("{n}", number.format(t.time.missing))));
      return box;
    }

    /** A table's switch in the layers panel, with one per category under it. */
    function tableToggles(t) {
      var item = el("li", "gm-table-toggle");
      var lab = el("label");
      var box = el("input");
      box.type = "checkbox";
      box.checked = true;
      box.setAttribute("data-table", t.key);
      box.addEventListener("change", function () { withLayer(t.key, function (l) { l.setVisible(box.checked); }); });
      append(item, append(lab, box, " ", el("span", "gm-toggle-name", t.title),
                          el("span", "gm-count", " (" + number.format(t.count) + ")")));
      if (!t.categories) return item;
      var sub = el("ul", "gm-toggles gm-categories");
      t.categories.values.forEach(function (v, c) {
        var clab = el("label");
        var cbox = el("input");
        cbox.type = "checkbox";
        cbox.checked = true;
        cbox.setAttribute("data-category", String(c));
        cbox.addEventListener("change", function () { withLayer(t.key, function (l) { l.setCategory(c, cbox.checked); }); });
        append(clab, cbox, " ", swatch(tableSymbol(t), v.colour, {}, V.panel.text), " ", el("span", null, categoryLabel(v)),
               el("span", "gm-count", " (" + number.format(v.count) + ")"));
        sub.appendChild(append(el("li"), clab));
      });
      return append(item, sub);
    }

    /** A table's legend symbol: a dot, or a line or an area for a table of lines or polygons alone. */
    function tableSymbol(t) {
      var s = t.shapes;
      if (!s || s.points || s.multipoints) return "circle";
      return s.polygons ? "area" : "line";
    }

    function withLayer(key, act) {
      eventLayers.forEach(function (l) { if (l.table.key === key) act(l); });
    }

    function refreshEventCount() {
      if (!eventCount) return;
      var total = 0, shown = 0;
      eventLayers.forEach(function (l) {
        var all = l.n || l.table.count;  // a grid alone carries no events, only their count
        total += all;
        shown += l.visible ? (l.n ? l.shown : all) : 0;
      });
      eventCount.textContent = shown === total ? plural("event_count", total)
        : T.events_shown.replace("{shown}", number.format(shown)).replace("{total}", number.format(total));
    }

    function loadTables() {
      var island = document.getElementById("geomap-columns");
      if (!tables.length || !island) return Promise.resolve();
      var bytes = window.geomapTables.fromBase64(island.textContent);
      island.textContent = "";  // the decoded bytes are all the page keeps
      map.createPane("gm-events").style.zIndex = 450;
      map.getPane("gm-events").style.pointerEvents = "none";
      return Promise.all(tables.map(function (t) {
        return window.geomapTables.create(map, t, bytes, { pane: "gm-events", colours: V.category_colours,
                                                           rimShade: V.category_rim_shade, density: V.density_colours,
                                                           onDraw: refreshEventCount });
      })).then(function (layers) {
        eventLayers = layers;
        window.geomapTables.tools(map, layers, { T: T, number: number, dayOnly: dayOnly, dateTime: dateTime, zone: zone, compact: compact });
        if (steps) eventLayers.forEach(function (l) { l.setTime(now === steps[steps.length - 1] ? Infinity : now); });
        refreshEventCount();
        tablesReady = true;
      });
    }

    /** Every event under a click (or the map's centre, from the keyboard), 100 at a time. */
    function eventsAt(point, radius) {
      var found = [];
      eventLayers.forEach(function (l) {
        if (l.visible && l.mode !== "grid") l.hit(point.x, point.y, radius).forEach(function (i) { found.push([l, i]); });
      });
      return found;
    }

    /** Where the density grid is drawn: how many events a cell holds, and that zooming shows them. */
    function openCell(point) {
      var cell = null;
      eventLayers.forEach(function (l) { if (!cell && l.visible && l.mode === "grid") cell = l.cellAt(point.x, point.y); });
      if (!cell) return false;
      var box = el("div", "gm-popup");
      append(box, el("h3", null, plural("events_here", cell.count)), el("p", "gm-note", T.density_note));
      L.popup(popupPadding()).setLatLng(cell.latlng).setContent(node(function () { return box; })).openOn(map);
      return true;
    }

    /** The events `found` under a click at `clicked` (a line or polygon's popup opens there). */
    function openEvents(found, clicked) {
      var first = found[0];
      var box = el("div", "gm-popup gm-events-popup");
      append(box, el("h3", null, plural("events_here", found.length)));
      if (found.length > 1) append(box, window.geomapTables.summary(found, { T: T, number: number, dayOnly: dayOnly, dateTime: dateTime }));
      var list = el("ol", "gm-event-list");
      append(box, list);
      var more = button("", "gm-show-more", function () { addEvents(); });
      var shownSoFar = 0;
      function addEvents() {
        var next = found.slice(shownSoFar, shownSoFar + window.geomapTables.MAX_LIST);
        var layers = [];
        next.forEach(function (f) { if (layers.indexOf(f[0]) < 0) layers.push(f[0]); });
        Promise.all(layers.map(function (l) {
          return l.readable(next.filter(function (f) { return f[0] === l; }).map(function (f) { return f[1]; }));
        })).then(function () {
          next.forEach(function (f) { list.appendChild(eventItem(f[0], f[1])); });
          shownSoFar += next.length;
          var left = found.length - shownSoFar;
          more.hidden = left <= 0;
          more.textContent = T.show_more.replace("{n}", number.format(Math.min(left, window.geomapTables.MAX_LIST)));
          if (popupOpen) popupOpen.update();
        });
      }
      append(box, more);
      var popupOpen = L.popup(Object.assign({ maxWidth: Math.min(340, window.innerWidth - 70),
                                              className: "gm-events-popup-wrap" }, popupPadding()))
        .setLatLng(first[0].anchor(first[1], clicked)).setContent(node(function () { return box; })).openOn(map);
      addEvents();
    }

    function eventItem(layer, i) {
      var t = layer.table;
      var item = el("li", "gm-event");
      var head = el("div", "gm-event-head");
      if (t.categories) {
        var v = t.categories.values[layer.category[i]];
        append(head, swatch(tableSymbol(t), v.colour, {}, V.panel.text), " ", el("strong", null, categoryLabel(v)));
      }
      var at = layer.timeOf(i);
      if (at !== null) append(head, " ", el("span", "gm-muted", t.time.precision === "day" ? dayOnly.format(new Date(at)) : dateTime.format(new Date(at))));
      append(item, head);
      var rows = t.columns.map(function (c) { return [c.name, layer.cell(c, i)]; });
      append(item, facts(rows));
      return item;
    }

