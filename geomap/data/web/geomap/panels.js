/* geomap.js, panels.js: the panels (about, layers and legend, counts, claims) and the toolbar that opens them on small screens.
 * Runs inside mount() (core.js opens it, main.js closes it), in one closure with the other
 * parts: page.GEOMAP_JS joins them in order. Functions: panel, aboutPanel, countsSection,
 * refreshCounts, claimsPanel, refreshClaims, layersPanel, refreshLayerCounts, legendGroups, legendList,
 * legendPanel
 */
    /* -- panels ------------------------------------------------------------------------- */

    var panels = {};
    var toolbar;
    var current = null;
    var compact = null;

    function panel(key, title) {
      var section = el("section", "gm-panel gm-panel-" + key);
      section.id = "gm-panel-" + key;
      section.setAttribute("aria-labelledby", "gm-panel-" + key + "-title");
      var head = el("div", "gm-panel-head");
      var h2 = el("h2", null, title);
      h2.id = "gm-panel-" + key + "-title";
      var close = button("\u00d7", "gm-close", function () { openPanel(null, true); });
      close.setAttribute("aria-label", T.close);
      close.setAttribute("title", T.close);
      append(section, append(head, h2, close));
      var body = append(section, el("div", "gm-panel-body")).lastChild;
      [section].forEach(function (s) { L.DomEvent.disableClickPropagation(s); L.DomEvent.disableScrollPropagation(s); });
      panels[key] = { section: section, body: body, title: title, button: null };
      return body;
    }

    function aboutPanel() {
      var body = panel("about", T.about);
      if (doc.incident.start) {
        var span = formatTime(doc.incident.start) + " \u2013 " + formatTime(doc.incident.end) + " (" + zone + ")";
        append(body, el("p", "gm-when", span));
      }
      if (doc.incident.summary) append(body, el("p", "gm-summary", doc.incident.summary));
      tables.forEach(function (t) { append(body, tableNotes(t)); });
      var list = el("ol", "gm-sources");
      doc.sources.forEach(function (s) { list.appendChild(sourceItem(s.id)); });
      countsSection(body);
      var more = el("details", "gm-source-list");
      append(more, el("summary", null, T.sources + " (" + doc.sources.length + ")"), list);
      if (doc.sources.length) append(body, more);
    }

    var countList, countsTitle;

    function countsSection(body) {
      if (!doc.counts.length) return;
      var box = el("section", "gm-counts");
      countsTitle = el("h3", null, T.counts);
      countsTitle.id = "gm-counts-title";
      box.setAttribute("aria-labelledby", countsTitle.id);
      countList = el("dl", "gm-count-list");
      append(body, append(box, countsTitle, countList));
      refreshCounts();
    }

    /** Each number the sources give (sites found, drones...) as it stood at the time shown. */
    function refreshCounts() {
      if (!countList) return;
      while (countList.firstChild) countList.removeChild(countList.firstChild);
      var whats = [], latest = {};
      doc.counts.forEach(function (c) {
        if (whats.indexOf(c.what) < 0) whats.push(c.what);
        var before = latest[c.what];
        if (Date.parse(c.at) <= now && (!before || Date.parse(c.at) >= Date.parse(before.at))) latest[c.what] = c;
      });
      whats.forEach(function (what) {
        var c = latest[what];
        var value = el("dd");
        if (c) {
          var qualifier = V.labels["qualifier." + (c.qualifier || "exact")];
          append(value, el("strong", "gm-count-value", (qualifier ? qualifier + " " : "") + number.format(c.value)));
          var dated = c.date.length > 10 ? dateTime.format(new Date(c.at)) : dayOnly.format(new Date(c.at));
          var numbers = c.sources.map(function (id) { return sources[id] ? sources[id].number : id; });
          append(value, el("span", "gm-muted", " — " + [dated, c.speaker].filter(Boolean).join(", ") +
                                                " [" + numbers.join(", ") + "]"));
        } else {
          append(value, el("span", "gm-muted", T.not_yet_known));
        }
        append(countList, el("dt", null, what), value);
      });
      var past = steps && now < steps[steps.length - 1];
      countsTitle.textContent = T.counts + (past ? " — " + T.as_of.toLowerCase() + " " + formatStep(now) : "");
    }

    var claimList;

    /** Every claim, each with its speaker: those with a direction and those without one. */
    function claimsPanel() {
      var layer = doc.layers.filter(function (l) { return l.kind === "claims"; })[0];
      if (!layer || !layer.claims.length) return;
      var body = panel("claims", T.claims);
      claimList = el("ul", "gm-claims");
      append(body, claimList, el("p", "gm-note", T.not_a_track));
      refreshClaims();
    }

    /** The claims made by the time shown, each as it stood then. */
    function refreshClaims() {
      if (!claimList) return;
      var layer = doc.layers.filter(function (l) { return l.kind === "claims"; })[0];
      var list = claimList;
      while (list.firstChild) list.removeChild(list.firstChild);
      layer.claims.forEach(function (c) {
        var p = stateAt(claimSummaries[c.id], now);
        if (!p) return;
        var item = el("li", "gm-claim");
        var head = append(el("div", "gm-claim-head"), swatch("area", c.colour, { fill: c.has_direction ? 0.3 : 0 }), " ",
                          el("strong", null, c.speaker), c.role ? el("span", "gm-muted", " (" + c.role + ")") : null);
        append(item, head, el("div", "gm-claim-title", c.title));
        if (p.status && layer.badges.indexOf(c.id) >= 0) append(item, statusBadge(p.status));
        (p.quotes || []).slice(0, 1).forEach(function (q) { append(item, el("blockquote", "gm-quote", "\u201c" + q.text + "\u201d")); });
        if (c.has_direction) {
          append(item, button(T.show_on_map, "gm-show", function () { showFeature(layer.key + "-" + c.id, c.id + "-corridor"); }));
          var fans = layer.features.some(function (f) { return f.properties.claim_id === c.id && f.properties.kind === "fan"; });
          if (fans) {
            var pick = el("label", "gm-claim-select");
            var box = el("input");
            box.type = "checkbox";
            box.checked = selectedClaim === c.id;
            box.addEventListener("change", function () { selectClaim(box.checked ? c.id : null); });
            append(pick, box, " ", T.select_claim);
            append(item, pick);
          }
        } else {
          append(item, el("p", "gm-muted", T.no_geometry));
        }
        list.appendChild(item);
      });
      if (!list.firstChild) append(list, el("li", "gm-muted", T.none_yet));
    }

    function layersPanel() {
      var body = panel("layers", T.layers);
      var list = el("ul", "gm-toggles");
      order.slice().reverse().forEach(function (key) {
        var o = overlays[key];
        var lab = el("label");
        var box = el("input");
        box.type = "checkbox";
        box.checked = true;
        box.setAttribute("data-overlay", key);
        box.addEventListener("change", function () {
          if (box.checked) { o.group.addTo(map); untabbed(o.group); } else map.removeLayer(o.group);
          placeLabels();
          refreshTable();
        });
        append(lab, box, " ", el("span", "gm-toggle-name", o.title));
        if (!o.claim) {
          o.countNode = el("span", "gm-count");
          append(lab, o.countNode);
        }
        list.appendChild(append(el("li"), lab));
      });
      tables.forEach(function (t) { list.appendChild(tableToggles(t)); });
      append(body, list);
      refreshLayerCounts();
    }

    /** Each layer's number of features known at the time shown. */
    function refreshLayerCounts() {
      order.forEach(function (key) {
        var o = overlays[key];
        if (!o.countNode) return;
        var known = o.entries.filter(function (e) { return o.group.hasLayer(e.leaf); }).length;
        o.countNode.textContent = " (" + known + (known < o.entries.length ? " / " + o.entries.length : "") + ")";
      });
    }

    /** The legend: per layer a row, or a heading with a row per status when status sets the colour. */
    function legendGroups() {
      var groups = [];
      tables.forEach(function (t) {
        var values = t.categories ? t.categories.values : [{ label: t.title, colour: V.category_colours[0] }];
        if (t.embedded) {
          groups.push({ title: t.categories ? t.title + " \u2014 " + t.categories.column : null,
                        rows: values.map(function (v) { return [swatch(tableSymbol(t), v.colour, {}, V.panel.text), categoryLabel(v)]; }) });
        }
        if (t.grid) groups.push({ title: T.density, rows: densityRows(t.grid), note: t.embedded ? T.density_note : null });
      });
      doc.layers.slice().reverse().forEach(function (layer) {
        var rows = [];
        if (!layer.features.length) return;  // an empty layer (as of an early moment) has nothing to explain
        if (layer.kind === "point" && !layer.colour) {
          var present = {};
          layer.features.forEach(function (f) {
            present[f.properties.status] = true;
            (f.properties.history || []).forEach(function (h) { if (h.status) present[h.status] = true; });
          });
          V.statuses.forEach(function (s) {
            if (present[s]) rows.push([swatch(layer.marker, V.status_colours[s], { hollow: V.dimmed_statuses.indexOf(s) >= 0 },
                                             V.panel.background), label("status", s)]);
          });
          groups.push({ title: layer.title, note: layer.description, rows: rows });
        } else if (layer.kind === "point") {
          groups.push({ rows: [[swatch(layer.marker, layer.colour, {}, V.panel.background), layer.title]], note: layer.description });
        } else if (layer.kind === "area") {
          groups.push({ rows: [[swatch("area", layer.colour), layer.title]], note: layer.description });
        } else {
          var rows = layer.claims.filter(function (c) { return c.has_direction; }).map(function (c) {
            return [swatch("area", c.colour, { fill: 0.25 }), c.title + " \u2014 " + c.speaker];
          });
          if (layer.features.some(function (f) { return f.properties.kind === "overlap"; })) {
            rows.push([swatch("line", V.overlap_colour, { width: 6 }), T.overlap]);
          }
          groups.push({ title: layer.title, rows: rows, note: layer.description });
        }
      });
      var anyUncertain = doc.layers.some(function (layer) { return layer.features.some(function (f) { return uncertain(f.properties); }); });
      if (anyUncertain) groups.push({ rows: [[swatch("area", V.panel.muted, { dash: "3 2", fill: 0.1 }), T.uncertain]] });
      return groups;
    }

    function legendList(className) {
      var list = el("ul", className);
      legendGroups().forEach(function (g) {
        var item = el("li", "gm-legend-group");
        if (g.title) append(item, el("span", "gm-legend-title", g.title));
        g.rows.forEach(function (r) { append(item, append(el("span", "gm-legend-row"), r[0], " ", el("span", null, r[1]))); });
        if (g.note) append(item, el("span", "gm-legend-note", g.note));
        list.appendChild(item);
      });
      return list;
    }

    function legendPanel() {
      var body = panel("legend", T.legend);
      append(body, legendList("gm-legend-rows"), keyBox());
      if (doc.layers.some(function (l) { return l.kind === "claims" && l.features.length; })) append(body, el("p", "gm-note", T.not_a_track));
      if (doc.layers.some(function (l) { return l.kind === "claims" && l.features.some(function (f) { return f.properties.kind === "fan"; }); })) {
        append(body, el("p", "gm-note gm-fan-note", T.fan_meaning));
      }
    }

