/* geomap's compact renderer for event tables: up to a million events on one page.
 *
 * The columns arrive as typed arrays in the binary island (geomap/web/encode.py): coordinates
 * quantised and delta-coded, categories and repeated text as dictionary codes, times as seconds,
 * text as UTF-8 with lengths.  Nothing here makes a JS object or a Leaflet layer per event:
 *
 * - one canvas over the map, drawn pixel by pixel into an ImageData on every move;
 * - while drawing, a flat grid index of what was drawn (a counting sort into two Uint32Arrays),
 *   so a click finds every event within a few pixels, stacked ones included;
 * - popups built on click from the columns, their text decoded then and set with textContent.
 *
 * Above a size the page may carry a density grid instead (counts per cell, computed in Python or
 * on Dask): it is drawn while the view holds more events than the page draws one by one.
 */
(function () {
  "use strict";

  var MISSING_TIME = -2147483648;
  var CELL = 16;            // px: the hit-test grid
  var MAX_LIST = 100;       // events a popup lists at a time
  var BIN = 16;             // css px: a density bin's side
  var AUTO_MIN = 2000;      // "auto" draws density from this many events in view...
  var OVERLAP = 3;          // ...when they average more than this many per occupied bin

  /* -- decoding ---------------------------------------------------------------------------- */

  function fromBase64(text) {
    if (Uint8Array.fromBase64) return Uint8Array.fromBase64(text);
    var raw = atob(text), out = new Uint8Array(raw.length);
    for (var i = 0; i < raw.length; i++) out[i] = raw.charCodeAt(i);
    return out;
  }

  function inflate(bytes) {
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("deflate-raw"));
    return new Response(stream).arrayBuffer();
  }

  var WIDTH = { u8: 1, u16: 2, i32: 4, u32: 4, f64: 8, utf8: 1 };
  var ARRAY = { u8: Uint8Array, u16: Uint16Array, i32: Int32Array, u32: Uint32Array, f64: Float64Array, utf8: Uint8Array };

  /** Undo the byte planes (all first bytes, then all second bytes...) into a typed array. */
  function typed(buffer, entry) {
    var width = WIDTH[entry.type], n = entry.count, src = new Uint8Array(buffer);
    if (width === 1) return new ARRAY[entry.type](buffer);
    var out = new Uint8Array(n * width);
    for (var b = 0; b < width; b++) {
      var plane = b * n;
      for (var i = 0, j = b; i < n; i++, j += width) out[j] = src[plane + i];
    }
    return new ARRAY[entry.type](out.buffer);
  }

  /**
   * Inflate a table's streams: the ones drawing needs first (coordinates, categories, times,
   * grid), the text for popups after.  Returns { core: Promise, text: Promise } of name -> array.
   */
  function loadStreams(table, bytes) {
    var arrays = {}, chunks = {};
    function load(entries) {
      return Promise.all(entries.map(function (e) {
        return inflate(bytes.subarray(e.offset, e.offset + e.length)).then(function (buffer) {
          arrays[e.name] = typed(buffer, e);
        });
      })).then(function () { return arrays; });
    }
    var text = function (e) { return /\.c\d+\./.test(e.name); };
    // Rows of long text stay deflated (a copy of their own bytes) until a popup needs one.
    table.streams.forEach(function (e) {
      if (e.type === "rows") chunks[e.name] = bytes.slice(e.offset, e.offset + e.length);
    });
    arrays.chunks = chunks;
    var core = load(table.streams.filter(function (e) { return !text(e); }));
    var rest = table.streams.filter(function (e) { return text(e) && e.type !== "rows"; });
    return { core: core, text: core.then(function () { return load(rest); }) };
  }

  /* -- projection: Web Mercator, as Leaflet's EPSG:3857 ----------------------------------------- */

  var MAX_LAT = 85.0511287798;

  function worldX(lon) { return lon / 360 + 0.5; }
  function worldY(lat) {
    var s = Math.sin(Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * Math.PI / 180);
    return 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI);
  }

  /**
   * Each event's position on the Mercator square [0, 1]², from the delta-coded coordinates, kept as
   * float32 offsets from the table's south-west corner: half the memory of float64, and still
   * finer than a pixel at street zoom (the offsets are small numbers, where float32 is precise).
   */
  function positions(dx, dy, bounds) {
    var n = dx.length, wx = new Float32Array(n), wy = new Float32Array(n);
    var x0 = worldX(bounds[0]), y0 = worldY(bounds[3]);
    var x = 0, y = 0;
    for (var i = 0; i < n; i++) {
      x += dx[i];
      y += dy[i];
      wx[i] = worldX(x / 1e5) - x0;
      wy[i] = worldY(y / 1e5) - y0;
    }
    return { x: wx, y: wy, x0: x0, y0: y0 };
  }

  /* -- colours -------------------------------------------------------------------------------- */

  /** "#rrggbb" as a pixel (ImageData is RGBA bytes; a Uint32 view reads them little-endian). */
  function pixel(hex, shade) {
    var r = parseInt(hex.slice(1, 3), 16), g = parseInt(hex.slice(3, 5), 16), b = parseInt(hex.slice(5, 7), 16);
    if (shade) { r = Math.round(r * shade); g = Math.round(g * shade); b = Math.round(b * shade); }
    return ((255 << 24) | (b << 16) | (g << 8) | r) >>> 0;
  }

  /** A dot of radius r (device pixels): offsets and whether each is rim or fill. */
  function stamp(r) {
    var dx = [], dy = [], rim = [];
    var R = Math.ceil(r);
    for (var y = -R; y <= R; y++) {
      for (var x = -R; x <= R; x++) {
        var d = Math.sqrt(x * x + y * y);
        if (d > r) continue;
        dx.push(x); dy.push(y); rim.push(d > r - 1.01 ? 1 : 0);
      }
    }
    return { dx: Int16Array.from(dx), dy: Int16Array.from(dy), rim: Uint8Array.from(rim), r: R };
  }

  /* -- the layer ------------------------------------------------------------------------------ */

  /**
   * Draw `table` (its document entry) on `map`.  `options`: { pane, colours, density,
   * onDraw(shownTotal) }.  Returns the layer's handle once its core columns are loaded.
   */
  function create(map, table, bytes, options) {
    var streams = loadStreams(table, bytes);
    return streams.core.then(function (a) {
      return new EventLayer(map, table, a, streams.text, options);
    });
  }

  function EventLayer(map, table, arrays, text, options) {
    var key = table.key;
    this.map = map;
    this.table = table;
    this.options = options;
    this.arrays = arrays;
    this.textReady = text;
    this.n = table.embedded ? table.count : 0;
    var at = positions(arrays[key + ".x"] || [], arrays[key + ".y"] || [], table.bounds);
    delete arrays[key + ".x"];
    delete arrays[key + ".y"];  // the positions are all the page keeps of them
    this.wx = at.x;
    this.wy = at.y;
    this.x0 = at.x0;
    this.y0 = at.y0;
    this.grid = table.grid ? { cells: arrays[key + ".grid.cells"], counts: arrays[key + ".grid.counts"],
                               spec: table.grid, colours: options.density } : null;
    this.mode = "events";
    this.category = arrays[key + ".category"] || null;
    this.time = arrays[key + ".time"] || null;
    this.base = table.time ? table.time.base : 0;
    var cats = table.categories ? table.categories.values : [];
    this.fill = new Uint32Array(Math.max(1, cats.length));
    this.rim = new Uint32Array(Math.max(1, cats.length));
    this.enabled = new Uint8Array(Math.max(1, cats.length)).fill(1);
    var fallback = options.colours[0];
    for (var c = 0; c < this.fill.length; c++) {
      var hex = cats[c] ? cats[c].colour : fallback;
      this.fill[c] = pixel(hex);
      this.rim[c] = pixel(hex, options.rimShade);
    }
    // --size and --colour: a numeric column per event, on a continuous scale (NaN: none).
    this.sizeBy = table.size ? arrays[table.size.stream] : null;
    this.shadeBy = table.shade ? arrays[table.shade.stream] : null;
    if (table.shade) {
      this.shadeFill = table.shade.colours.map(function (h) { return pixel(h); });
      this.shadeRim = table.shade.colours.map(function (h) { return pixel(h, options.rimShade); });
      this.shadeNone = [pixel(table.shade.none), pixel(table.shade.none, options.rimShade)];
    }
    this.now = Infinity;
    this.window = null;      // [from, to] in seconds after the table's base, or null: "up to now"
    this.filters = [];       // per --filter column: null (all) or what passes
    this.filterData = (table.filters || []).map(function (f, j) { return arrays[key + ".f" + j] || null; });
    this.pass = new Uint8Array(this.n);  // which events pass every filter (category, time, columns)
    this.view = table.density || "auto";  // "auto": density where the points would overlap
    this.colourBy = "count";              // or "category": each bin in its most frequent category
    this.sx = new Int32Array(this.n);     // device pixels of the events in view, aligned with hitI
    this.sy = new Int32Array(this.n);
    this.bins = null;
    this.visible = true;
    this.drawn = 0;          // events drawn in the view
    this.shown = this.n;     // events passing the filters anywhere
    this.index = null;
    // What each draw leaves for hit-testing, allocated once: positions (px) and event numbers.
    this.hitX = new Int16Array(this.n);
    this.hitY = new Int16Array(this.n);
    this.hitI = new Uint32Array(this.n);
    // Lines and polygons, when the table has them: drawn as such (shapes.js below), else null.
    this.shapes = table.shapes ? shapesOf(arrays, key, this.n, this.x0, this.y0) : null;
    this.canvas = document.createElement("canvas");
    this.canvas.className = "gm-events gm-events-" + key;
    this.canvas.setAttribute("aria-hidden", "true");
    map.getPane(options.pane).appendChild(this.canvas);
    var self = this;
    map.on("moveend resize viewreset", function () { self.draw(); });  // moveend follows every zoom too
    map.on("zoomstart", function () { self.canvas.style.visibility = "hidden"; });
    this.countShown();
    this.draw();
  }

  EventLayer.prototype.setVisible = function (on) {
    this.visible = on;
    this.canvas.style.display = on ? "" : "none";
    this.draw();
  };

  EventLayer.prototype.setCategory = function (c, on) {
    this.enabled[c] = on ? 1 : 0;
    this.countShown();
    this.draw();
  };

  /** Show events up to `ms` (a time in ms; Infinity: all). */
  EventLayer.prototype.setTime = function (ms) {
    this.now = ms;
    this.countShown();
    this.draw();
  };

  EventLayer.prototype.limit = function () {
    return this.now === Infinity ? Infinity : Math.floor(this.now / 1000 - this.base);
  };

  /** Show the events in a window of time (seconds after the table's base), or null for "up to". */
  EventLayer.prototype.setWindow = function (range) {
    this.window = range;
    this.countShown();
    this.draw();
  };

  /** Filter column j: null (all), { codes: Uint8Array of allowed codes }, or { min, max } for numbers. */
  EventLayer.prototype.setFilter = function (j, test) {
    this.filters[j] = test;
    this.countShown();
    this.draw();
  };

  EventLayer.prototype.setView = function (view, colourBy) {
    this.view = view;
    if (colourBy) this.colourBy = colourBy;
    this.draw();
  };

  /** Which events pass the category, time and column filters (anywhere, not just in view), and how many. */
  EventLayer.prototype.countShown = function () {
    var cat = this.category, t = this.time, on = this.enabled, until = this.limit(), count = 0, pass = this.pass;
    var from = this.window ? this.window[0] : -Infinity, to = this.window ? this.window[1] : until;
    var tests = [];
    for (var j = 0; j < this.filters.length; j++) {
      if (this.filters[j] && this.filterData[j]) tests.push([this.filterData[j], this.filters[j]]);
    }
    for (var i = 0; i < this.n; i++) {
      var ok = 1;
      if (cat && !on[cat[i]]) ok = 0;
      else if (t && t[i] !== MISSING_TIME && (t[i] > to || t[i] < from)) ok = 0;
      else if (t && this.window && t[i] === MISSING_TIME) ok = 0;  // a window holds dated events only
      else {
        for (var f = 0; f < tests.length; f++) {
          var v = tests[f][0][i], test = tests[f][1];
          if (test.codes ? !test.codes[v] : !(v >= test.min && v <= test.max)) { ok = 0; break; }
        }
      }
      pass[i] = ok;
      count += ok;
    }
    this.shown = count;
  };

  /** Redraw the view: every event passing the filters, and the grid index of what was drawn. */
  EventLayer.prototype.draw = function () {
    var map = this.map, canvas = this.canvas;
    var size = map.getSize(), ratio = window.devicePixelRatio || 1;
    var w = Math.max(1, Math.round(size.x * ratio)), h = Math.max(1, Math.round(size.y * ratio));
    var started = performance.now();
    L.DomUtil.setPosition(canvas, map.containerPointToLayerPoint([0, 0]));
    canvas.style.width = size.x + "px";
    canvas.style.height = size.y + "px";
    canvas.style.visibility = "";
    if (canvas.width !== w || canvas.height !== h) { canvas.width = w; canvas.height = h; }
    var ctx = canvas.getContext("2d");
    ctx.clearRect(0, 0, w, h);
    this.index = null;
    this.drawn = 0;
    if (!this.visible) return;
    // One ImageData per canvas size, cleared and reused: a fresh one a draw is garbage a draw.
    if (!this.image || this.image.width !== w || this.image.height !== h) {
      this.image = ctx.createImageData(w, h);
      this.pixels = new Uint32Array(this.image.data.buffer);
    }
    var image = this.image, px = this.pixels;
    px.fill(0);
    var scale = 256 * Math.pow(2, map.getZoom()) * ratio;
    var corner = map.project(map.containerPointToLatLng([0, 0]), map.getZoom());
    var ox = corner.x * ratio, oy = corner.y * ratio;
    var ex = ox - this.x0 * scale, ey = oy - this.y0 * scale;  // the same origin, for offsets from the corner
    this.mode = this.grid && (!this.n || this.inView() > this.table.draw_limit) ? "grid" : "events";
    if (this.mode === "grid") {
      this.drawGrid(px, w, h, scale, ox, oy);
      ctx.putImageData(image, 0, 0);
      this.lastDrawMs = performance.now() - started;
      if (this.options.onDraw) this.options.onDraw(this);
      return;
    }
    // The events passing the filters in view (with a dot's margin): the device pixel each one lies
    // in, once (floor, not round: a square of the density view counts the events inside it).
    var R0 = Math.ceil(Math.max(2.6, Math.min(4.5, map.getZoom() / 2)) * ratio);
    var wx = this.wx, wy = this.wy, pass = this.pass, sx = this.sx, sy = this.sy, hitI = this.hitI, k = 0;
    for (var i = 0; i < this.n; i++) {
      if (!pass[i]) continue;
      var x = Math.floor(wx[i] * scale - ex), y = Math.floor(wy[i] * scale - ey);
      if (x < -R0 || y < -R0 || x >= w + R0 || y >= h + R0) continue;
      sx[k] = x; sy[k] = y; hitI[k] = i; k++;
    }
    this.inViewCount = k;
    this.bins = this.binned(k, w, h, ratio);
    var dense = this.view === "density" || (this.view === "auto" && k >= AUTO_MIN && k > OVERLAP * this.bins.occupied);
    if (dense) {
      this.mode = "density";
      ctx.putImageData(image, 0, 0);
      this.drawBins(ctx, ratio);
      this.drawn = k;
      this.lastDrawMs = performance.now() - started;
      if (this.options.onDraw) this.options.onDraw(this);
      return;
    }
    var dot = stamp(Math.max(2.6, Math.min(4.5, map.getZoom() / 2)) * ratio);
    var R = dot.r, sdx = dot.dx, sdy = dot.dy, srim = dot.rim, m = sdx.length;
    // The dot as offsets into the pixel array, rim and fill apart: the hot loop has no branches.
    var rimAt = [], fillAt = [];
    for (var q = 0; q < m; q++) (srim[q] ? rimAt : fillAt).push(sdy[q] * w + sdx[q]);
    rimAt = Int32Array.from(rimAt);
    fillAt = Int32Array.from(fillAt);
    var nr = rimAt.length, nf = fillAt.length;
    var cat = this.category, fill = this.fill, rim = this.rim;
    var hitX = this.hitX, hitY = this.hitY, kept = 0, shaped = this.shapes ? this.shapes.kind : null;
    if (this.sizeBy || this.shadeBy) {
      kept = this.drawScaled(px, w, h, k, dot.r / ratio, ratio);
      k = 0;  // drawn above
    }
    for (var j = 0; j < k; j++) {
      if (shaped && shaped[hitI[j]]) continue;  // a line or polygon: drawn as such below
      var c = cat ? cat[hitI[j]] : 0, x1 = sx[j], y1 = sy[j];
      var f = fill[c], e = rim[c];
      if (x1 >= R && y1 >= R && x1 < w - R && y1 < h - R) {
        var at = y1 * w + x1;
        for (var s = 0; s < nr; s++) px[at + rimAt[s]] = e;
        for (var s1 = 0; s1 < nf; s1++) px[at + fillAt[s1]] = f;
      } else {
        for (var s2 = 0; s2 < m; s2++) {
          var xx = x1 + sdx[s2], yy = y1 + sdy[s2];
          if (xx >= 0 && yy >= 0 && xx < w && yy < h) px[yy * w + xx] = srim[s2] ? e : f;
        }
      }
      if (x1 >= 0 && y1 >= 0 && x1 < w && y1 < h) {
        hitX[kept] = Math.round(x1 / ratio); hitY[kept] = Math.round(y1 / ratio); hitI[kept] = hitI[j]; kept++;
      }
    }
    ctx.putImageData(image, 0, 0);
    this.mode = "events";
    this.drawn = kept;
    if (this.shapes) this.drawn += this.drawShapes(ctx, scale, ex, ey, w, h, ratio);
    this.index = gridIndex(hitX, hitY, hitI, kept, size.x, size.y);
    this.lastDrawMs = performance.now() - started;
    if (this.options.onDraw) this.options.onDraw(this);
  };

  var SIZE_CLASSES = 6, LARGEST = 3.2;  // radii from the usual dot's to 3.2 times it, by square root

  /** The class (0..n-1) of value v on [min, max]: by square root for sizes (area follows the value). */
  function scaleClass(v, spec, n, root) {
    if (!(v === v) || spec.max <= spec.min) return spec.max <= spec.min && v === v ? n - 1 : 0;
    var t = Math.max(0, Math.min(1, (v - spec.min) / (spec.max - spec.min)));
    return Math.min(n - 1, Math.floor((root ? Math.sqrt(t) : t) * n));
  }

  /** Draw the events in view sized and/or coloured by their numbers; keep them for hit-testing. */
  EventLayer.prototype.drawScaled = function (px, w, h, k, r0, ratio) {
    var t = this.table, sizes = [], c, j;
    var nSize = this.sizeBy ? SIZE_CLASSES : 1;
    for (c = 0; c < nSize; c++) {
      var d = stamp(r0 * (1 + (LARGEST - 1) * (nSize > 1 ? c / (nSize - 1) : 0)) * ratio);
      sizes.push(d);
    }
    var sx = this.sx, sy = this.sy, hitI = this.hitI, hitX = this.hitX, hitY = this.hitY, kept = 0;
    var cat = this.category, nShade = this.shadeBy ? t.shade.colours.length : 0;
    // Small on top of large: draw the largest first.
    var order = new Uint32Array(k);
    for (j = 0; j < k; j++) order[j] = j;
    var cls = new Uint8Array(k);
    if (this.sizeBy) {
      for (j = 0; j < k; j++) cls[j] = scaleClass(this.sizeBy[hitI[j]], t.size, SIZE_CLASSES, true);
      order.sort(function (a, b) { return cls[b] - cls[a]; });
    }
    var shaped = this.shapes ? this.shapes.kind : null;
    for (var q = 0; q < k; q++) {
      j = order[q];
      var i = hitI[j], dot = sizes[cls[j]], x = sx[j], y = sy[j], f, e;
      if (shaped && shaped[i]) continue;  // a line or polygon: drawn as such
      if (nShade) {
        var v = this.shadeBy[i];
        if (v === v) { var s = scaleClass(v, t.shade, nShade, false); f = this.shadeFill[s]; e = this.shadeRim[s]; }
        else { f = this.shadeNone[0]; e = this.shadeNone[1]; }
      } else {
        f = this.fill[cat ? cat[i] : 0]; e = this.rim[cat ? cat[i] : 0];
      }
      for (var m = 0; m < dot.dx.length; m++) {
        var xx = x + dot.dx[m], yy = y + dot.dy[m];
        if (xx >= 0 && yy >= 0 && xx < w && yy < h) px[yy * w + xx] = dot.rim[m] ? e : f;
      }
    }
    for (j = 0; j < k; j++) {
      if (shaped && shaped[hitI[j]]) continue;
      if (sx[j] >= 0 && sy[j] >= 0 && sx[j] < w && sy[j] < h) {
        hitX[kept] = Math.round(sx[j] / ratio); hitY[kept] = Math.round(sy[j] / ratio); hitI[kept] = hitI[j]; kept++;
      }
    }
    return kept;
  };

  /* -- the density layer: screen-space square bins ---------------------------------------------- */

  /**
   * Count the `k` events in view per bin of BIN css pixels (and per category, for the dominant
   * one).  Cheap: one pass over the events in view, a few thousand bins.
   */
  EventLayer.prototype.binned = function (k, w, h, ratio) {
    var size = Math.round(BIN * ratio), cols = Math.ceil(w / size), rows = Math.ceil(h / size);
    var counts = new Uint32Array(cols * rows), ncat = this.category ? this.fill.length : 0;
    var byCat = ncat ? new Uint32Array(cols * rows * ncat) : null, cat = this.category;
    var sx = this.sx, sy = this.sy, hitI = this.hitI, occupied = 0, max = 0;
    for (var j = 0; j < k; j++) {
      var x = sx[j], y = sy[j];
      if (x < 0 || y < 0 || x >= w || y >= h) continue;
      var b = ((y / size) | 0) * cols + ((x / size) | 0);
      if (!counts[b]++) occupied++;
      if (byCat) byCat[b * ncat + cat[hitI[j]]]++;
    }
    for (var i = 0; i < counts.length; i++) if (counts[i] > max) max = counts[i];
    return { size: size, css: BIN, cols: cols, rows: rows, counts: counts, byCat: byCat, ncat: ncat,
             occupied: occupied, max: max, ratio: ratio };
  };

  /** The count classes as [class, from, to] rows: the legend's, and what each count is drawn in. */
  function densityClasses(max, n) {
    var out = [], from = 1;
    for (var c = 0; c < n; c++) {
      var to = c === n - 1 ? max : Math.max(from - 1, Math.ceil(Math.exp(((c + 1) / n) * Math.log(Math.max(2, max)))) - 1);
      if (to >= from) { out.push([c, from, Math.min(to, max)]); from = to + 1; }
      if (from > max) break;
    }
    return out;
  }

  /** The colour class (0..n-1) of a count, log-scaled from 1 to `max`: its row of densityClasses. */
  function densityClass(count, max, n, rows) {
    rows = rows || densityClasses(max, n);
    for (var r = 0; r < rows.length; r++) if (count <= rows[r][2]) return rows[r][0];
    return n - 1;
  }

  /** The most frequent category of bin b (index into the categories), or -1. */
  EventLayer.prototype.dominant = function (b) {
    var g = this.bins;
    if (!g.byCat) return -1;
    var best = -1, most = 0;
    for (var c = 0; c < g.ncat; c++) if (g.byCat[b * g.ncat + c] > most) { most = g.byCat[b * g.ncat + c]; best = c; }
    return best;
  };

  EventLayer.prototype.drawBins = function (ctx, ratio) {
    var g = this.bins, colours = this.options.density, cats = this.table.categories;
    var byCategory = this.colourBy === "category" && g.byCat;
    var gap = Math.max(1, Math.round(ratio)), rows = densityClasses(g.max, colours.length);
    for (var b = 0; b < g.counts.length; b++) {
      var n = g.counts[b];
      if (!n) continue;
      var cls = densityClass(n, g.max, colours.length, rows);
      if (byCategory) {
        var d = this.dominant(b);
        ctx.globalAlpha = 0.35 + 0.65 * (cls + 1) / colours.length;
        ctx.fillStyle = cats.values[d] ? cats.values[d].colour : this.options.colours[0];
      } else {
        ctx.globalAlpha = 0.88;
        ctx.fillStyle = colours[cls];
      }
      ctx.fillRect((b % g.cols) * g.size, Math.floor(b / g.cols) * g.size, g.size - gap, g.size - gap);
    }
    ctx.globalAlpha = 1;
  };

  /** The bin under container point (x, y) in the density view: its index and count, or null. */
  EventLayer.prototype.binAt = function (x, y) {
    var g = this.bins;
    if (this.mode !== "density" || !g) return null;
    var col = Math.floor(x / g.css), row = Math.floor(y / g.css);
    if (col < 0 || row < 0 || col >= g.cols || row >= g.rows) return null;
    var b = row * g.cols + col;
    return g.counts[b] ? { bin: b, count: g.counts[b], dominant: this.dominant(b) } : null;
  };

  /** Every event in bin b of the density view, in table order. */
  EventLayer.prototype.binEvents = function (b) {
    var g = this.bins, out = [], sx = this.sx, sy = this.sy, hitI = this.hitI, size = g.size;
    for (var j = 0; j < this.inViewCount; j++) {
      var x = sx[j], y = sy[j];
      if (x < 0 || y < 0 || ((y / size) | 0) * g.cols + ((x / size) | 0) !== b || x >= g.cols * size) continue;
      out.push(hitI[j]);
    }
    return out;
  };

  /** Events in the view, from the density grid (cells whose centre is in view). */
  EventLayer.prototype.inView = function () {
    var g = this.grid, spec = g.spec, b = this.map.getBounds(), total = 0;
    var west = b.getWest(), east = b.getEast(), south = b.getSouth(), north = b.getNorth();
    for (var j = 0; j < g.cells.length; j++) {
      var cell = g.cells[j], lon = spec.x0 + ((cell % spec.nx) + 0.5) * spec.cell;
      var lat = spec.y0 + (Math.floor(cell / spec.nx) + 0.5) * spec.cell;
      if (lon >= west && lon <= east && lat >= south && lat <= north) total += g.counts[j];
    }
    return total;
  };

  /** Each cell with events as a rectangle in its density colour. */
  EventLayer.prototype.drawGrid = function (px, w, h, scale, ox, oy) {
    var g = this.grid, spec = g.spec;
    var colours = g.colours.map(function (c) { return pixel(c); });
    var rows = densityClasses(spec.max, colours.length);
    for (var j = 0; j < g.cells.length; j++) {
      var cell = g.cells[j], col = cell % spec.nx, row = Math.floor(cell / spec.nx);
      var lon = spec.x0 + col * spec.cell, lat = spec.y0 + row * spec.cell;
      var x0 = Math.round(worldX(lon) * scale - ox), x1 = Math.round(worldX(lon + spec.cell) * scale - ox);
      var y0 = Math.round(worldY(lat + spec.cell) * scale - oy), y1 = Math.round(worldY(lat) * scale - oy);
      if (x1 <= 0 || y1 <= 0 || x0 >= w || y0 >= h) continue;
      if (x1 === x0) x1++;
      if (y1 === y0) y1++;
      var colour = colours[densityClass(g.counts[j], spec.max, colours.length, rows)];
      for (var y = Math.max(0, y0); y < Math.min(h, y1); y++) {
        for (var x = Math.max(0, x0), at = y * w + x; x < Math.min(w, x1); x++, at++) px[at] = colour;
      }
    }
  };

  /** The grid cell under container point (x, y): its events and bounds, or null. */
  EventLayer.prototype.cellAt = function (x, y) {
    var g = this.grid, spec = g.spec, at = this.map.containerPointToLatLng([x, y]);
    var col = Math.floor((at.lng - spec.x0) / spec.cell), row = Math.floor((at.lat - spec.y0) / spec.cell);
    if (col < 0 || row < 0 || col >= spec.nx || row >= spec.ny) return null;
    var j = binarySearch(g.cells, row * spec.nx + col);
    return j < 0 ? null : { count: g.counts[j], latlng: L.latLng(spec.y0 + (row + 0.5) * spec.cell, spec.x0 + (col + 0.5) * spec.cell) };
  };

  function binarySearch(sorted, value) {
    var lo = 0, hi = sorted.length - 1;
    while (lo <= hi) {
      var mid = (lo + hi) >> 1;
      if (sorted[mid] === value) return mid;
      if (sorted[mid] < value) lo = mid + 1; else hi = mid - 1;
    }
    return -1;
  }

  /** The flat grid index: events by cell, by a counting sort (two Uint32Arrays: starts and order). */
  function gridIndex(xs, ys, ids, n, width, height) {
    var cols = Math.ceil(width / CELL) + 1, rows = Math.ceil(height / CELL) + 1;
    var start = new Uint32Array(cols * rows + 1), order = new Uint32Array(n);
    var i;
    for (i = 0; i < n; i++) start[((ys[i] / CELL) | 0) * cols + ((xs[i] / CELL) | 0) + 1]++;
    for (i = 1; i < start.length; i++) start[i] += start[i - 1];
    var fillAt = start.slice(0, cols * rows);
    for (i = 0; i < n; i++) order[fillAt[((ys[i] / CELL) | 0) * cols + ((xs[i] / CELL) | 0)]++] = i;
    return { xs: xs, ys: ys, ids: ids, start: start, order: order, cols: cols, rows: rows };
  }

  /** Every event drawn within `radius` px of container point (x, y), nearest first (ties: table order). */
  EventLayer.prototype.hit = function (x, y, radius) {
    if (this.drawingShape) return [];
    if (this.mode === "density") {
      var bin = this.binAt(x, y);
      return bin ? this.binEvents(bin.bin) : [];
    }
    var g = this.index;
    if (!g) return [];
    var found = [];
    var c0 = Math.max(0, ((x - radius) / CELL) | 0), c1 = Math.min(g.cols - 1, ((x + radius) / CELL) | 0);
    var r0 = Math.max(0, ((y - radius) / CELL) | 0), r1 = Math.min(g.rows - 1, ((y + radius) / CELL) | 0);
    for (var r = r0; r <= r1; r++) {
      for (var c = c0; c <= c1; c++) {
        var cell = r * g.cols + c;
        for (var j = g.start[cell]; j < g.start[cell + 1]; j++) {
          var k = g.order[j], dx = g.xs[k] - x, dy = g.ys[k] - y, d = dx * dx + dy * dy;
          if (d <= radius * radius) found.push([d, g.ids[k]]);
        }
      }
    }
    found.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1]; });
    var ids = found.map(function (f) { return f[1]; });
    return this.shapes ? ids.concat(this.shapesAt(x, y, radius)) : ids;
  };

  /** Event i's position, for a popup. */
  EventLayer.prototype.latLng = function (i) {
    var lon = (this.wx[i] + this.x0 - 0.5) * 360;
    var lat = Math.atan(Math.sinh(Math.PI * (1 - 2 * (this.wy[i] + this.y0)))) * 180 / Math.PI;
    return L.latLng(lat, lon);
  };

  /* -- lines and polygons: drawn as such, picked and selected by what they cover ---------------- */

  var LINE_WIDTH = 2, OUTLINE_WIDTH = 1, POLYGON_ALPHA = 0.35, DOT_ROOM = 0.7;
  // A multipoint's kind, and the width its one-vertex "lines" are drawn with: a dot as wide as an event's.
  var MULTIPOINT = 5, MULTIPOINT_WIDTH = 7;
  var PATH_RINGS = 64;  // rings per path: Chromium takes time growing with the square of a path's rings

  /**
   * The table's lines and polygons (geomap/events/shapes.py): every vertex on the Mercator square
   * as a float32 offset from the table's corner (as the points are), the counts made into starts
   * (rows -> parts -> rings -> vertices), each row's box, and polygons wound one way (exteriors
   * clockwise on screen, holes the other way) so that one path per colour fills with "nonzero":
   * overlapping polygons stay filled, holes stay empty.
   */
  function shapesOf(arrays, key, n, x0, y0) {
    var name = key + ".geom.", kind = arrays[name + "kind"], parts = arrays[name + "parts"];
    var rings = arrays[name + "rings"], lens = arrays[name + "len"], dx = arrays[name + "x"], dy = arrays[name + "y"];
    var partStart = new Uint32Array(n + 1), ringStart = new Uint32Array(rings.length + 1), vertStart = new Uint32Array(lens.length + 1);
    var i, v;
    for (i = 0; i < n; i++) partStart[i + 1] = partStart[i] + parts[i];
    for (i = 0; i < rings.length; i++) ringStart[i + 1] = ringStart[i] + rings[i];
    for (i = 0; i < lens.length; i++) vertStart[i + 1] = vertStart[i] + lens[i];
    var m = dx.length, vx = new Float32Array(m), vy = new Float32Array(m), x = 0, y = 0;
    for (v = 0; v < m; v++) {
      x += dx[v];
      y += dy[v];
      vx[v] = worldX(x / 1e5) - x0;
      vy[v] = worldY(y / 1e5) - y0;
    }
    ["kind", "parts", "rings", "len", "x", "y"].forEach(function (k) { if (k !== "kind") delete arrays[name + k]; });
    var s = { kind: kind, partStart: partStart, ringStart: ringStart, vertStart: vertStart, vx: vx, vy: vy,
              box: new Float32Array(4 * n), ids: null, count: 0 };
    for (i = 0; i < n; i++) {
      if (!kind[i]) continue;
      s.count++;
      var a = vertStart[ringStart[partStart[i]]], z = vertStart[ringStart[partStart[i + 1]]];
      var minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
      for (v = a; v < z; v++) {
        if (vx[v] < minX) minX = vx[v];
        if (vx[v] > maxX) maxX = vx[v];
        if (vy[v] < minY) minY = vy[v];
        if (vy[v] > maxY) maxY = vy[v];
      }
      s.box[4 * i] = minX; s.box[4 * i + 1] = minY; s.box[4 * i + 2] = maxX; s.box[4 * i + 3] = maxY;
      if (!isPolygon(kind[i])) continue;
      for (var p = partStart[i]; p < partStart[i + 1]; p++) {
        for (var r = ringStart[p]; r < ringStart[p + 1]; r++) {
          var hole = r > ringStart[p], area = ringArea(vx, vy, vertStart[r], vertStart[r + 1]);
          if ((area < 0) !== hole) reverse(vx, vy, vertStart[r], vertStart[r + 1]);
        }
      }
    }
    s.ids = new Uint32Array(s.count);  // the shapes drawn in the view, for hit-testing
    return s;
  }

  /** Whether a shape kind (geomap/events/shapes.py) is a polygon's: 3 Polygon, 4 MultiPolygon. */
  function isPolygon(k) { return k === 3 || k === 4; }

  /** Twice the signed area of ring [a, z) (positive: clockwise on screen, where y grows down). */
  function ringArea(vx, vy, a, z) {
    var sum = 0;
    for (var v = a, u = z - 1; v < z; u = v++) sum += (vx[u] - vx[v]) * (vy[u] + vy[v]);
    return sum;
  }

  function reverse(vx, vy, a, z) {
    for (var i = a, j = z - 1; i < j; i++, j--) {
      var t = vx[i]; vx[i] = vx[j]; vx[j] = t;
      t = vy[i]; vy[i] = vy[j]; vy[j] = t;
    }
  }

  /**
   * Draw the lines and polygons passing the filters whose boxes meet the view, under the dots
   * already drawn: lines over polygon outlines over polygon fills.  They are drawn on two canvases
   * of their own (one composite each under the dots: a composite other than "source-over" per path
   * costs the whole canvas in Chromium's software renderer): outlines and lines, and the fills,
   * painted opaque then laid under at one opacity, so that polygons overlapping do not darken each
   * other.  Paths are grouped by colour (and line width) and cut every PATH_RINGS rings; vertices
   * within a pixel of the last one kept are skipped.  Returns how many shapes were drawn.
   */
  EventLayer.prototype.drawShapes = function (ctx, scale, ex, ey, w, h, ratio) {
    var s = this.shapes, kind = s.kind, box = s.box, pass = this.pass, ids = s.ids, drawn = 0;
    this.frame = { scale: scale, ex: ex, ey: ey, ratio: ratio };
    var pad = (LINE_WIDTH * LARGEST * ratio) / scale;
    var left = ex / scale - pad, top = ey / scale - pad, right = (ex + w) / scale + pad, bottom = (ey + h) / scale + pad;
    var sized = this.sizeBy && this.table.size, shade = this.options.rimShade;
    var strokes = this.scratch("strokeCanvas", w, h), fills = this.scratch("fillCanvas", w, h);
    var sctx = strokes.getContext("2d"), fctx = fills.getContext("2d");
    sctx.lineJoin = sctx.lineCap = "round";
    function flush(b) {
      if (!b.rings) return;
      if (b.polygon) {
        sctx.lineWidth = OUTLINE_WIDTH * ratio;
        sctx.strokeStyle = b.rim;
        sctx.stroke(b.path);
        fctx.fillStyle = b.colour;
        fctx.fill(b.path, "nonzero");
      } else {  // the line in its colour over a casing in its rim's darker shade, as a dot's rim
        sctx.strokeStyle = b.rim;
        sctx.lineWidth = b.width + 2 * ratio;
        sctx.stroke(b.path);
        sctx.strokeStyle = b.colour;
        sctx.lineWidth = b.width;
        sctx.stroke(b.path);
      }
      b.path = new Path2D();
      b.rings = 0;
    }
    for (var round = 0; round < 2; round++) {  // polygons first, then the lines over them
      var batches = {}, polygon = round === 0;
      for (var i = 0; i < this.n; i++) {
        if (!kind[i] || !pass[i] || isPolygon(kind[i]) !== polygon) continue;
        var b = 4 * i;
        if (box[b] > right || box[b + 2] < left || box[b + 1] > bottom || box[b + 3] < top) continue;
        var colour = this.shapeColour(i);
        var cls = !polygon && sized ? scaleClass(this.sizeBy[i], this.table.size, SIZE_CLASSES, true) : 0;
        var dots = kind[i] === MULTIPOINT, name = colour + "/" + cls + (dots ? "/dots" : "");
        var batch = batches[name] || (batches[name] = {
          colour: colour, rim: darker(colour, shade), polygon: polygon, path: new Path2D(), rings: 0,
          width: (dots ? MULTIPOINT_WIDTH : LINE_WIDTH) * ratio * (1 + ((LARGEST - 1) * cls) / (SIZE_CLASSES - 1)) });
        batch.rings += this.trace(batch.path, i, scale, ex, ey, polygon);
        if (batch.rings >= PATH_RINGS) flush(batch);
        ids[drawn++] = i;
      }
      for (var k in batches) flush(batches[k]);
    }
    ctx.save();
    ctx.globalCompositeOperation = "destination-over";
    ctx.drawImage(strokes, 0, 0);
    ctx.globalAlpha = POLYGON_ALPHA;
    ctx.drawImage(fills, 0, 0);
    ctx.restore();
    s.drawn = drawn;
    return drawn;
  };

  /** A canvas of this layer's own, `w` by `h` and cleared (made once, kept for the next draw). */
  EventLayer.prototype.scratch = function (name, w, h) {
    var c = this[name] || (this[name] = document.createElement("canvas"));
    if (c.width !== w || c.height !== h) { c.width = w; c.height = h; }
    else c.getContext("2d").clearRect(0, 0, w, h);
    return c;
  };

  /** "#rrggbb" times `shade` (a rim's colour), as CSS. */
  function darker(hex, shade) {
    var c = pixel(hex, shade || 1);
    return "rgb(" + (c & 255) + "," + ((c >>> 8) & 255) + "," + ((c >>> 16) & 255) + ")";
  }

  /** The colour of shape i: by --colour's scale, else by its category, else the first colour. */
  EventLayer.prototype.shapeColour = function (i) {
    var t = this.table;
    if (this.shadeBy) {
      var v = this.shadeBy[i];
      return v === v ? t.shade.colours[scaleClass(v, t.shade, t.shade.colours.length, false)] : t.shade.none;
    }
    var c = this.category ? this.category[i] : 0, values = t.categories ? t.categories.values : [];
    return values[c] ? values[c].colour : this.options.colours[0];
  };

  /**
   * Add shape i's rings to `path` in device pixels, skipping vertices within a pixel of the last
   * one kept; return how many rings.
   */
  EventLayer.prototype.trace = function (path, i, scale, ex, ey, closed) {
    var s = this.shapes, vx = s.vx, vy = s.vy;
    for (var p = s.partStart[i]; p < s.partStart[i + 1]; p++) {
      for (var r = s.ringStart[p]; r < s.ringStart[p + 1]; r++) {
        var a = s.vertStart[r], z = s.vertStart[r + 1];
        if (a === z) continue;
        var lx = vx[a] * scale - ex, ly = vy[a] * scale - ey;
        path.moveTo(lx, ly);
        if (z - a === 1) path.lineTo(lx + 0.01, ly);  // one vertex: a dot with the line's round cap
        for (var v = a + 1; v < z; v++) {
          var x = vx[v] * scale - ex, y = vy[v] * scale - ey;
          if (v < z - 1 && Math.abs(x - lx) < DOT_ROOM && Math.abs(y - ly) < DOT_ROOM) continue;
          path.lineTo(x, y);
          lx = x; ly = y;
        }
        if (closed) path.closePath();
      }
    }
    return s.ringStart[s.partStart[i + 1]] - s.ringStart[s.partStart[i]];
  };

  /** Container point (x, y) and a radius (css px) on the Mercator square, as the last draw placed it. */
  EventLayer.prototype.toWorld = function (x, y, radius) {
    var f = this.frame;
    return [(x * f.ratio + f.ex) / f.scale, (y * f.ratio + f.ey) / f.scale, (radius * f.ratio) / f.scale];
  };

  /**
   * The shapes drawn under container point (x, y): lines passing within `radius` px, nearest first,
   * then polygons holding the point (or passing within `radius` of it), smallest first.
   */
  EventLayer.prototype.shapesAt = function (x, y, radius) {
    var s = this.shapes;
    if (!this.frame || !s.drawn) return [];
    var at = this.toWorld(x, y, radius), px = at[0], py = at[1], tol = at[2], lines = [], polygons = [];
    for (var j = 0; j < s.drawn; j++) {
      var i = s.ids[j], b = 4 * i, box = s.box;
      if (px < box[b] - tol || px > box[b + 2] + tol || py < box[b + 1] - tol || py > box[b + 3] + tol) continue;
      if (!isPolygon(s.kind[i])) {  // a line, or a multipoint's dots
        var d = this.distance(i, px, py, false);
        if (d <= tol) lines.push([d, i]);
      } else if (this.contains(i, px, py) || this.distance(i, px, py, true) <= tol) {
        polygons.push([(box[b + 2] - box[b]) * (box[b + 3] - box[b + 1]), i]);
      }
    }
    var order = function (a, b) { return a[0] - b[0] || a[1] - b[1]; };
    return lines.sort(order).concat(polygons.sort(order)).map(function (f) { return f[1]; });
  };

  /** The distance from (px, py) to shape i's lines or rings (closed: a ring's last edge back to its first vertex). */
  EventLayer.prototype.distance = function (i, px, py, closed) {
    var s = this.shapes, vx = s.vx, vy = s.vy, best = Infinity;
    for (var p = s.partStart[i]; p < s.partStart[i + 1]; p++) {
      for (var r = s.ringStart[p]; r < s.ringStart[p + 1]; r++) {
        var a = s.vertStart[r], z = s.vertStart[r + 1];
        if (z - a === 1) best = Math.min(best, Math.hypot(vx[a] - px, vy[a] - py));
        for (var v = closed ? a : a + 1, u = closed ? z - 1 : a; v < z; u = v++) {
          best = Math.min(best, segmentDistance(px, py, vx[u], vy[u], vx[v], vy[v]));
        }
      }
    }
    return best;
  };

  function segmentDistance(px, py, ax, ay, bx, by) {
    var dx = bx - ax, dy = by - ay, len = dx * dx + dy * dy;
    var t = len ? Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len)) : 0;
    return Math.hypot(ax + t * dx - px, ay + t * dy - py);
  }

  /** Whether polygon i holds (px, py): the even-odd rule over its rings, holes left out. */
  EventLayer.prototype.contains = function (i, px, py) {
    var s = this.shapes, vx = s.vx, vy = s.vy, inside = false;
    for (var p = s.partStart[i]; p < s.partStart[i + 1]; p++) {
      for (var r = s.ringStart[p]; r < s.ringStart[p + 1]; r++) {
        for (var v = s.vertStart[r], z = s.vertStart[r + 1], u = z - 1; v < z; u = v++) {
          if ((vy[v] > py) !== (vy[u] > py) && px < ((vx[u] - vx[v]) * (py - vy[v])) / (vy[u] - vy[v]) + vx[v]) inside = !inside;
        }
      }
    }
    return inside;
  };

  /**
   * Whether shape i meets the selection polygon (corners `qx`, `qy` on the Mercator square, with
   * their box): the shape has a vertex inside it, an edge crossing one of its edges, or (a polygon)
   * holds one of its corners.  A line or polygon is selected when it touches the selection at all.
   */
  EventLayer.prototype.meets = function (i, qx, qy, qbox) {
    var s = this.shapes, vx = s.vx, vy = s.vy, b = 4 * i, box = s.box, n = qx.length;
    if (box[b] > qbox[2] || box[b + 2] < qbox[0] || box[b + 1] > qbox[3] || box[b + 3] < qbox[1]) return false;
    var polygon = isPolygon(s.kind[i]);
    for (var p = s.partStart[i]; p < s.partStart[i + 1]; p++) {
      for (var r = s.ringStart[p]; r < s.ringStart[p + 1]; r++) {
        var a = s.vertStart[r], z = s.vertStart[r + 1];
        for (var v = a; v < z; v++) if (insidePolygon(qx, qy, vx[v], vy[v])) return true;
        for (var w = polygon ? a : a + 1, u = polygon ? z - 1 : a; w < z; u = w++) {
          for (var c = 0, d = n - 1; c < n; d = c++) {
            if (crosses(vx[u], vy[u], vx[w], vy[w], qx[d], qy[d], qx[c], qy[c])) return true;
          }
        }
      }
    }
    return polygon && this.contains(i, qx[0], qy[0]);
  };

  function insidePolygon(qx, qy, x, y) {
    var inside = false;
    for (var a = 0, b = qx.length - 1; a < qx.length; b = a++) {
      if ((qy[a] > y) !== (qy[b] > y) && x < ((qx[b] - qx[a]) * (y - qy[a])) / (qy[b] - qy[a]) + qx[a]) inside = !inside;
    }
    return inside;
  }

  function side(ax, ay, bx, by, cx, cy) {
    var cross = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
    return cross > 0 ? 1 : cross < 0 ? -1 : 0;
  }

  /** Whether segments a-b and c-d share a point (touching counts). */
  function crosses(ax, ay, bx, by, cx, cy, dx, dy) {
    var d1 = side(cx, cy, dx, dy, ax, ay), d2 = side(cx, cy, dx, dy, bx, by);
    var d3 = side(ax, ay, bx, by, cx, cy), d4 = side(ax, ay, bx, by, dx, dy);
    if (d1 !== d2 && d3 !== d4 && d1 * d2 <= 0 && d3 * d4 <= 0) return true;
    return (!d1 && onSegment(cx, cy, dx, dy, ax, ay)) || (!d2 && onSegment(cx, cy, dx, dy, bx, by)) ||
           (!d3 && onSegment(ax, ay, bx, by, cx, cy)) || (!d4 && onSegment(ax, ay, bx, by, dx, dy));
  }

  function onSegment(ax, ay, bx, by, px, py) {
    return Math.min(ax, bx) <= px && px <= Math.max(ax, bx) && Math.min(ay, by) <= py && py <= Math.max(ay, by);
  }

  /** Where a popup for event i opens: at a point event, or where a line or polygon was clicked. */
  EventLayer.prototype.anchor = function (i, clicked) {
    return this.shapes && this.shapes.kind[i] && clicked ? clicked : this.latLng(i);
  };

  /** A vertex's longitude and latitude, from its place on the Mercator square. */
  EventLayer.prototype.vertexLonLat = function (v) {
    var s = this.shapes;
    return [(s.vx[v] + this.x0 - 0.5) * 360, Math.atan(Math.sinh(Math.PI * (1 - 2 * (s.vy[v] + this.y0)))) * 180 / Math.PI];
  };

  /** Event i's geometry as WKT (five decimals, as the page keeps it), for the CSV of a selection. */
  EventLayer.prototype.wkt = function (i) {
    var s = this.shapes, k = s.kind[i], self = this, parts = [];
    if (!k) {
      var ll = this.latLng(i);
      return "POINT (" + ll.lng.toFixed(5) + " " + ll.lat.toFixed(5) + ")";
    }
    for (var p = s.partStart[i]; p < s.partStart[i + 1]; p++) {
      var rings = [];
      for (var r = s.ringStart[p]; r < s.ringStart[p + 1]; r++) {
        var at = [];
        for (var v = s.vertStart[r]; v < s.vertStart[r + 1]; v++) {
          var c = self.vertexLonLat(v);
          at.push(c[0].toFixed(5) + " " + c[1].toFixed(5));
        }
        rings.push("(" + at.join(", ") + ")");
      }
      parts.push(rings);
    }
    if (k === 1) return "LINESTRING " + parts[0][0];
    if (k === 2) return "MULTILINESTRING (" + parts.map(function (q) { return q[0]; }).join(", ") + ")";
    if (k === 3) return "POLYGON (" + parts[0].join(", ") + ")";
    if (k === MULTIPOINT) return "MULTIPOINT (" + parts.map(function (q) { return q[0]; }).join(", ") + ")";
    return "MULTIPOLYGON (" + parts.map(function (q) { return "(" + q.join(", ") + ")"; }).join(", ") + ")";
  };

  /* -- reading cells ---------------------------------------------------------------------------- */

  var decoder = new TextDecoder();

  /**
   * Make the rows `ids` readable: the dictionaries loaded, and the text chunks holding them
   * inflated (the last few stay inflated; the rest are dropped again).
   */
  EventLayer.prototype.readable = function (ids) {
    var self = this, wanted = {};
    this.table.columns.forEach(function (c) {
      if (c.store !== "text") return;
      ids.forEach(function (i) { wanted[c.stream + ".t" + Math.floor(i / c.chunk)] = true; });
    });
    var names = Object.keys(wanted);
    return this.textReady.then(function () {
      return Promise.all(names.map(function (name) { return self.chunk(name); }));
    }).then(function () { self.forget(names); });
  };

  var KEEP_CHUNKS = 16;

  EventLayer.prototype.chunk = function (name) {
    var open = this.openChunks || (this.openChunks = {}), order = this.chunkOrder || (this.chunkOrder = []);
    if (open[name]) return Promise.resolve(open[name]);
    // A chunk is its rows' byte lengths (uint32, little-endian), then their UTF-8 end to end.
    return inflate(this.arrays.chunks[name]).then(function (buffer) {
      if (!open[name]) order.push(name);
      open[name] = { buffer: buffer };
      return open[name];
    });
  };

  /** Drop the oldest inflated chunks beyond a few, never those just asked for (`keep`). */
  EventLayer.prototype.forget = function (keep) {
    var open = this.openChunks, order = this.chunkOrder;
    if (!order) return;  // no text chunk opened yet: a table whose columns are all coded has none
    for (var j = 0; j < order.length && order.length > Math.max(KEEP_CHUNKS, keep.length);) {
      if (keep.indexOf(order[j]) < 0) delete open[order.splice(j, 1)[0]];
      else j++;
    }
  };

  /** A column's value for event i ("" when empty), decoded now (after readable() for text columns). */
  EventLayer.prototype.cell = function (column, i) {
    var a = this.arrays, name = column.stream;
    if (column.store === "dict") {
      var code = a[name + ".codes"][i];
      var cache = column.decoded || (column.decoded = {});
      if (!(code in cache)) cache[code] = slice(a, name + ".dict", code);
      return cache[code];
    }
    var k = Math.floor(i / column.chunk), row = i - k * column.chunk;
    var chunk = this.openChunks && this.openChunks[name + ".t" + k];
    if (!chunk) return "";
    var rows = this.chunkRows(name, k), lengths = new Uint32Array(chunk.buffer, 0, rows);
    if (!chunk.starts) {
      chunk.starts = new Uint32Array(rows + 1);
      for (var j = 0; j < rows; j++) chunk.starts[j + 1] = chunk.starts[j] + lengths[j];
    }
    var body = 4 * rows;
    return decoder.decode(new Uint8Array(chunk.buffer, body + chunk.starts[row], chunk.starts[row + 1] - chunk.starts[row]));
  };

  /** Rows in text chunk k of a column (the last chunk may be short). */
  EventLayer.prototype.chunkRows = function (stream, k) {
    var entry = this.chunkEntries || (this.chunkEntries = {});
    if (!entry[stream]) {
      entry[stream] = {};
      this.table.streams.forEach(function (e) { if (e.type === "rows") entry[stream][e.name] = e.count; });
    }
    return entry[stream][stream + ".t" + k];
  };

  function slice(a, name, i) {
    var starts = a[name + ".starts"];
    if (!starts) {
      var lengths = a[name + ".len"];
      starts = a[name + ".starts"] = new Float64Array(lengths.length + 1);
      for (var j = 0; j < lengths.length; j++) starts[j + 1] = starts[j] + lengths[j];
    }
    return decoder.decode(a[name + ".utf8"].subarray(starts[i], starts[i + 1]));
  }

  EventLayer.prototype.timeOf = function (i) {
    if (!this.time || this.time[i] === MISSING_TIME) return null;
    return (this.base + this.time[i]) * 1000;
  };


  /* -- the tools panel: density switch and legend, time window and histogram, column filters -- */

  /** The one way to make an element with text here too: the text is never parsed as markup. */
  function el(tag, className, text) {
    var made = document.createElement(tag);
    if (className) made.className = className;
    if (text !== undefined && text !== null && text !== "") made.textContent = String(text);
    return made;
  }

  function append(parent) {
    for (var i = 1; i < arguments.length; i++) {
      var child = arguments[i];
      if (child) parent.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    }
    return parent;
  }

  function fill(text, values) {
    return text.replace(/\{(\w+)\}/g, function (m, k) { return k in values ? String(values[k]) : m; });
  }

  var uid = 0;

  function radio(name, value, text, checked, onChange) {
    var lab = el("label", "gm-choice"), box = el("input");
    box.type = "radio"; box.name = name; box.value = value; box.checked = checked;
    box.addEventListener("change", function () { if (box.checked) onChange(value); });
    return append(lab, box, " ", el("span", null, text));
  }

  function checkbox(text, checked, onChange, count) {
    var lab = el("label", "gm-choice"), box = el("input");
    box.type = "checkbox"; box.checked = checked;
    box.addEventListener("change", function () { onChange(box.checked, box); });
    return append(lab, box, " ", el("span", null, text), count === undefined ? null : el("span", "gm-count", " (" + count + ")"));
  }

  /** Bars of `counts` on a small canvas (drawn, not read: the numbers are in the text beside it). */
  function bars(canvas, counts, selected) {
    // The page's own colours (custom properties from the vocabulary): bars muted, those left out faint.
    var colour = getComputedStyle(canvas).getPropertyValue("--gm-muted").trim() || "gray";
    var ratio = window.devicePixelRatio || 1, w = canvas.clientWidth || 240, h = canvas.clientHeight || 40;
    canvas.width = Math.round(w * ratio); canvas.height = Math.round(h * ratio);
    var ctx = canvas.getContext("2d"), max = 1, n = counts.length;
    for (var i = 0; i < n; i++) if (counts[i] > max) max = counts[i];
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    var bw = canvas.width / n;
    for (var j = 0; j < n; j++) {
      if (!counts[j]) continue;
      var bh = Math.max(1, Math.round((counts[j] / max) * (canvas.height - 2)));
      ctx.globalAlpha = selected && !selected(j) ? 0.3 : 1;
      ctx.fillStyle = colour;
      ctx.fillRect(Math.floor(j * bw), canvas.height - bh, Math.max(1, Math.ceil(bw) - 1), bh);
    }
  }

  /** The offset (ms) of `zone` from UTC at instant `ms`. */
  function offsetMaker(zone) {
    var format = new Intl.DateTimeFormat("en-US", { timeZone: zone, hourCycle: "h23", year: "numeric", month: "numeric",
                                                      day: "numeric", hour: "numeric", minute: "numeric", second: "numeric" });
    return function (ms) {
      var p = {};
      format.formatToParts(new Date(ms)).forEach(function (x) { p[x.type] = +x.value; });
      return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(ms / 1000) * 1000;
    };
  }

  /** The start (ms) of the day, week (from Monday) or month holding `ms`, in the page's time zone. */
  function periodStart(ms, kind, offset) {
    var local = new Date(ms + offset(ms));
    var y = local.getUTCFullYear(), m = local.getUTCMonth(), d = local.getUTCDate();
    if (kind === "week") d -= (local.getUTCDay() + 6) % 7;
    if (kind === "month") d = 1;
    var start = Date.UTC(y, m, d);
    return start - offset(start);
  }

  function periodNext(ms, kind, offset) {
    var local = new Date(ms + offset(ms));
    var y = local.getUTCFullYear(), m = local.getUTCMonth(), d = local.getUTCDate();
    if (kind === "day") d += 1;
    else if (kind === "week") d += 7;
    else m += 1;
    var next = Date.UTC(y, m, d);
    return next - offset(next);
  }

  /**
   * The tools for the tables' layers, in a panel of its own: what the density view shows, the
   * time window with its histogram, and the column filters.  `ctx`: { T, number, dayOnly, zone, compact }.
   */
  function tools(map, layers, ctx) {
    var T = ctx.T, number = ctx.number;
    var panel = el("details", "gm-tools");
    // Open where the page lays its panels out beside the map, closed where it opens them one at a
    // time (a phone, a tablet, an article's embed): there it would cover the map it controls.
    panel.open = !ctx.compact;
    append(panel, el("summary", "gm-tools-title", T.tools));
    layers.forEach(function (layer) {
      var box = el("div", "gm-tools-table");
      box.setAttribute("data-table", layer.table.key);
      if (layers.length > 1) append(box, el("h3", null, layer.table.title));
      if (layer.n) append(box, viewSection(layer, T, number));
      if (layer.n && layer.time) append(box, timeSection(layer, T, number, ctx));
      if (layer.n && layer.table.filters && layer.table.filters.length) append(box, filterSection(layer, T, number));
      if (layer.n && (layer.table.size || layer.table.shade)) append(box, scaleSection(layer, T, number));
      if (layer.n) append(box, selectSection(map, layer, ctx));
      append(panel, box);
    });
    var Control = L.Control.extend({ onAdd: function () {
      var wrap = el("div", "gm-tools-wrap leaflet-control");
      L.DomEvent.disableClickPropagation(wrap);
      L.DomEvent.disableScrollPropagation(wrap);
      return append(wrap, panel);
    } });
    new Control({ position: "bottomleft" }).addTo(map);
    hoverTips(map, layers, ctx);
    return panel;
  }

  function viewSection(layer, T, number) {
    var sec = el("fieldset", "gm-tools-view"), name = "gm-view-" + (uid++);
    append(sec, el("legend", null, T.view));
    [["auto", T.view_auto], ["density", T.view_density], ["events", T.view_events]].forEach(function (v) {
      append(sec, radio(name, v[0], v[1], layer.view === v[0], function (value) { layer.setView(value); }));
    });
    if (layer.table.categories) {
      append(sec, checkbox(T.colour_by_category, false, function (on) { layer.setView(layer.view, on ? "category" : "count"); }));
    }
    var legend = el("div", "gm-ramp");
    legend.setAttribute("aria-live", "polite");
    append(sec, legend);
    var previous = layer.options.onDraw;
    layer.options.onDraw = function (l) {
      drawRamp(legend, l, T, number);
      if (previous) previous(l);
    };
    drawRamp(legend, layer, T, number);
    return sec;
  }

  /** The legend of --size and --colour: circles for three values, the colour ramp with its values. */
  function scaleSection(layer, T, number) {
    var sec = el("fieldset", "gm-tools-scale"), t = layer.table;
    append(sec, el("legend", null, T.scale));
    var shapes = t.shapes, lines = shapes && !shapes.points && !shapes.polygons && !shapes.multipoints;  // lines alone: widths
    if (t.size) {
      append(sec, el("p", "gm-scale-title", fill(lines ? T.scale_line_width : T.scale_size, { column: t.size.column })));
      var row = el("div", "gm-scale-sizes");
      [0, 0.5, 1].forEach(function (f) {
        var value = t.size.min + f * (t.size.max - t.size.min);
        var grow = 1 + (LARGEST - 1) * scaleClass(value, t.size, SIZE_CLASSES, true) / (SIZE_CLASSES - 1);
        var dot = el("span", "gm-scale-dot");
        if (lines) {  // a stroke of the line's width
          dot.style.width = "18px";
          dot.style.height = (LINE_WIDTH * grow).toFixed(1) + "px";
          dot.style.borderRadius = "0";
        } else {
          dot.style.width = dot.style.height = Math.round(7 * grow) + "px";
        }
        append(row, append(el("span", "gm-scale-item"), dot, el("span", null, number.format(value))));
      });
      append(sec, row);
      if (shapes && shapes.polygons) append(sec, el("p", "gm-note", T.scale_no_polygons));
      if (t.size.missing) append(sec, el("p", "gm-note", fill(T.scale_missing, { n: number.format(t.size.missing) })));
    }
    if (t.shade) {
      append(sec, el("p", "gm-scale-title", fill(T.scale_colour, { column: t.shade.column })));
      var list = el("ul", "gm-ramp-list"), n = t.shade.colours.length;
      t.shade.colours.forEach(function (colour, c) {
        var sw = el("span", "gm-ramp-swatch");
        sw.style.background = colour;
        var lo = t.shade.min + (c / n) * (t.shade.max - t.shade.min), hi = t.shade.min + ((c + 1) / n) * (t.shade.max - t.shade.min);
        append(list, append(el("li"), sw, el("span", null, number.format(lo) + "\u2013" + number.format(hi))));
      });
      append(sec, list);
      if (t.shade.missing) append(sec, el("p", "gm-note", fill(T.scale_missing, { n: number.format(t.shade.missing) })));
    }
    return sec;
  }

  /** The colour ramp with the counts each colour stands for, in the view as drawn now. */
  function drawRamp(box, layer, T, number) {
    box.textContent = "";
    if (layer.mode !== "density" || !layer.bins) {
      box.hidden = true;
      return;
    }
    box.hidden = false;
    var colours = layer.options.density, g = layer.bins;
    append(box, el("p", "gm-ramp-title", fill(T.per_bin, { px: g.css })));
    if (layer.colourBy === "category") append(box, el("p", "gm-note", T.bin_dominant_note));
    var list = el("ul", "gm-ramp-list");
    densityClasses(g.max, colours.length).forEach(function (c) {
      var item = el("li"), sw = el("span", "gm-ramp-swatch");
      sw.style.background = colours[c[0]];
      append(list, append(item, sw, el("span", null, c[1] === c[2] ? number.format(c[1]) : number.format(c[1]) + "\u2013" + number.format(c[2]))));
    });
    append(box, list);
  }

  /** Counts on hover over the density view (a small box of text beside the pointer). */
  function hoverTips(map, layers, ctx) {
    var T = ctx.T, number = ctx.number;
    var tip = el("div", "gm-density-tip");
    tip.hidden = true;
    tip.setAttribute("aria-hidden", "true");
    map.getContainer().appendChild(tip);
    map.on("mousemove", function (e) {
      var shown = null, x = e.containerPoint.x, y = e.containerPoint.y;
      layers.forEach(function (l) {
        if (shown || !l.visible) return;
        if (l.mode === "density") shown = [l, l.binAt(x, y)];
        else if (l.mode === "events") {
          var found = l.hit(x, y, 5);
          if (found.length) shown = [l, null, found];
        }
      });
      if (shown && shown[2]) { eventTip(tip, shown[0], shown[2], e.containerPoint, ctx); return; }
      if (!shown || !shown[1]) { tip.hidden = true; return; }
      var l = shown[0], bin = shown[1], cats = l.table.categories;
      tip.textContent = "";
      append(tip, el("strong", null, fill(T["events_here_" + (bin.count === 1 ? "one" : "other")], { n: number.format(bin.count) })));
      if (cats && bin.dominant >= 0) {
        var most = l.bins.byCat[bin.bin * l.bins.ncat + bin.dominant];
        append(tip, el("div", null, fill(T.mostly, { label: categoryText(cats.values[bin.dominant], T), pct: Math.round((100 * most) / bin.count) })));
      }
      tip.hidden = false;
      tip.style.left = (e.containerPoint.x + 14) + "px";
      tip.style.top = (e.containerPoint.y + 14) + "px";
    });
    map.on("mouseout movestart popupopen", function () { tip.hidden = true; });  // a popup says more
  }

  /** A hovered event: its category, its time and its first listed column; how many more lie under it. */
  function eventTip(tip, layer, found, at, ctx) {
    var T = ctx.T, i = found[0], t = layer.table;
    tip.textContent = "";
    if (t.categories) append(tip, el("strong", null, categoryText(t.categories.values[layer.category[i]], T)));
    var when = layer.timeOf(i);
    if (when !== null) {
      append(tip, el("div", null, (t.time.precision === "day" ? ctx.dayOnly : ctx.dateTime || ctx.dayOnly).format(new Date(when))));
    }
    var first = t.columns[0];
    if (first && first.store === "dict") append(tip, el("div", null, first.name + ": " + layer.cell(first, i)));
    if (found.length > 1) append(tip, el("div", "gm-muted", fill(T.tip_more, { n: ctx.number.format(found.length - 1) })));
    tip.hidden = !tip.childNodes.length;
    tip.style.left = (at.x + 14) + "px";
    tip.style.top = (at.y + 14) + "px";
  }

  function categoryText(v, T) {
    if (!v) return T.no_value;
    if (v.other) return T.other;
    return v.label === null || v.label === undefined ? T.no_value : v.label;
  }

  /* -- time: a histogram, and windows of a day, a week, a month or a dragged range ------------- */

  var HISTOGRAM_BARS = 80;

  function timeSection(layer, T, number, ctx) {
    var sec = el("fieldset", "gm-tools-time"), name = "gm-window-" + (uid++);
    append(sec, el("legend", null, T.time_window));
    var t = layer.time, base = layer.base, lo = Infinity, hi = -Infinity;
    for (var i = 0; i < t.length; i++) if (t[i] !== MISSING_TIME) { if (t[i] < lo) lo = t[i]; if (t[i] > hi) hi = t[i]; }
    var span = Math.max(1, hi - lo + 1), counts = new Uint32Array(HISTOGRAM_BARS);
    for (var j = 0; j < t.length; j++) if (t[j] !== MISSING_TIME) counts[Math.min(HISTOGRAM_BARS - 1, Math.floor(((t[j] - lo) / span) * HISTOGRAM_BARS))]++;
    var offset = offsetMaker(ctx.zone), kind = "off", from = null, to = null, timer = null;
    var canvas = el("canvas", "gm-histogram");
    canvas.setAttribute("role", "img");
    var label = el("p", "gm-window-text");
    label.setAttribute("aria-live", "polite");
    var choices = el("div", "gm-choices");
    [["off", T.window_off], ["day", T.window_day], ["week", T.window_week], ["month", T.window_month],
     ["range", T.window_range]].forEach(function (c) {
      append(choices, radio(name, c[0], c[1], c[0] === "off", function (value) { choose(value); }));
    });
    var prev = el("button", "gm-window-step", "\u2039"), next = el("button", "gm-window-step", "\u203a");
    var play = el("button", "gm-window-play", T.play);
    [prev, next, play].forEach(function (b) { b.type = "button"; });
    prev.setAttribute("aria-label", T.window_previous);
    next.setAttribute("aria-label", T.window_next);
    var steppers = append(el("div", "gm-window-buttons"), prev, play, next);
    function ms(rel) { return (base + rel) * 1000; }
    function rel(at) { return Math.floor(at / 1000) - base; }
    function show() {
      var first = ms(lo), last = ms(hi);
      canvas.setAttribute("aria-label", fill(T.histogram_label, { n: number.format(layer.n), from: ctx.dayOnly.format(new Date(first)), to: ctx.dayOnly.format(new Date(last)) }));
      bars(canvas, counts, from === null ? null : function (b) {
        var b0 = lo + (b / HISTOGRAM_BARS) * span, b1 = lo + ((b + 1) / HISTOGRAM_BARS) * span;
        return b1 > rel(from) && b0 <= rel(to);
      });
      steppers.hidden = kind === "off";
      if (kind === "off") { label.textContent = T.window_off_note; return; }
      if (kind === "range" && from === null) { label.textContent = T.window_hint; return; }
      label.textContent = fill(T.window_text, { from: ctx.dayOnly.format(new Date(from)),
        to: ctx.dayOnly.format(new Date(Math.max(from, to - 1000))), n: number.format(layer.shown) });
    }
    function apply() {
      layer.setWindow(from === null ? null : [rel(from), rel(to) - 1]);
      show();
    }
    function choose(value) {
      kind = value;
      stop();
      if (kind === "off") { from = to = null; }
      else if (kind !== "range") {
        from = periodStart(from === null ? ms(lo) : from, kind, offset);
        to = periodNext(from, kind, offset);
      }
      apply();
    }
    function step(direction) {
      if (from === null) return false;
      var length = to - from;
      if (kind === "range") { from += direction * length; to += direction * length; }
      else if (direction > 0) { from = to; to = periodNext(from, kind, offset); }
      else { to = from; from = periodStart(from - 1000, kind, offset); }
      if (to <= ms(lo) || from > ms(hi)) { step(-direction); return false; }
      apply();
      return true;
    }
    function stop() { if (timer) clearInterval(timer); timer = null; play.textContent = T.play; }
    prev.addEventListener("click", function () { stop(); step(-1); });
    next.addEventListener("click", function () { stop(); step(1); });
    play.addEventListener("click", function () {
      if (timer) { stop(); return; }
      play.textContent = T.pause;
      timer = setInterval(function () { if (!step(1)) stop(); }, 700);
    });
    // A dragged range: across the histogram with the mouse, a finger or a pen.
    var dragFrom = null;
    function at(e) {
      var box = canvas.getBoundingClientRect(), f = Math.max(0, Math.min(1, (e.clientX - box.left) / Math.max(1, box.width)));
      return ms(lo + f * span);
    }
    canvas.addEventListener("pointerdown", function (e) {
      dragFrom = at(e);
      canvas.setPointerCapture(e.pointerId);
      choices.querySelector("input[value=range]").checked = true;
      kind = "range";
      stop();
    });
    canvas.addEventListener("pointermove", function (e) {
      if (dragFrom === null) return;
      var a = at(e);
      from = Math.min(dragFrom, a); to = Math.max(dragFrom, a) + 1000;
      show();
    });
    canvas.addEventListener("pointerup", function (e) {
      if (dragFrom === null) return;
      var a = at(e);
      from = Math.min(dragFrom, a); to = Math.max(dragFrom, a) + 1000;
      if (to - from < 60000) to = from + (span * 1000) / HISTOGRAM_BARS;  // a click: one bar
      dragFrom = null;
      apply();
    });
    append(sec, canvas, append(el("div", "gm-histogram-axis"), el("span", null, ctx.dayOnly.format(new Date(ms(lo)))),
                               el("span", null, ctx.dayOnly.format(new Date(ms(hi))))), choices, steppers, label);
    layer.windowControl = { choose: choose, range: function (a, b) { kind = "range"; choices.querySelector("input[value=range]").checked = true; from = a; to = b; apply(); } };
    setTimeout(show, 0);  // once the canvas has its size
    return sec;
  }

  /* -- filters: checkboxes with counts for categories, a range with a histogram for numbers ------ */

  function filterSection(layer, T, number) {
    var sec = el("div", "gm-tools-filters");
    append(sec, el("h4", null, T.filters));
    layer.table.filters.forEach(function (f, j) {
      var set = el("fieldset", "gm-filter");
      set.setAttribute("data-filter", f.name);
      append(set, el("legend", null, f.name));
      if (f.kind === "category") {
        var codes = new Uint8Array(f.values.length).fill(1);
        var list = el("div", "gm-filter-values");
        f.values.forEach(function (v, c) {
          append(list, checkbox(v.other ? fill(T.other_values, { n: number.format(v.other) }) : (v.label === null ? T.no_value : v.label),
                                true, function (on) {
            codes[c] = on ? 1 : 0;
            layer.setFilter(j, codes.every(function (x) { return x; }) ? null : { codes: codes });
          }, number.format(v.count)));
        });
        append(set, list);
      } else {
        var canvas = el("canvas", "gm-filter-histogram");
        canvas.setAttribute("aria-hidden", "true");
        var n = f.histogram.length, edges = [];
        for (var e = 0; e <= n; e++) edges.push(f.min + ((f.max - f.min) * e) / n);
        var low = el("input"), high = el("input"), text = el("p", "gm-filter-range");
        [low, high].forEach(function (r, k) {
          r.type = "range"; r.min = "0"; r.max = String(n); r.step = "1"; r.value = k ? String(n) : "0";
          r.setAttribute("aria-label", fill(k ? T.filter_max : T.filter_min, { name: f.name }));
        });
        var update = function () {
          var a = Math.min(+low.value, +high.value), b = Math.max(+low.value, +high.value);
          var min = edges[a], max = edges[b];
          text.textContent = fill(T.filter_range, { min: number.format(min), max: number.format(max) }) +
            (f.missing ? " \u00b7 " + fill(T.filter_missing, { n: number.format(f.missing) }) : "");
          bars(canvas, f.histogram, function (bar) { return bar >= a && bar < b; });
          layer.setFilter(j, a === 0 && b === n ? null : { min: min, max: max });
        };
        low.addEventListener("input", update);
        high.addEventListener("input", update);
        append(set, canvas, low, high, text);
        setTimeout(update, 0);
      }
      append(sec, set);
    });
    return sec;
  }

  /* -- selecting by a box: its summary, and its rows as CSV ------------------------------------- */

  function selectSection(map, layer, ctx) {
    var T = ctx.T, sec = el("fieldset", "gm-tools-select");
    append(sec, el("legend", null, T.select));
    var start = el("button", "gm-select-start", T.select_box), result = el("div", "gm-selection");
    var lasso = el("button", "gm-select-polygon", T.select_polygon);
    start.type = lasso.type = "button";
    start.setAttribute("aria-pressed", "false");
    lasso.setAttribute("aria-pressed", "false");
    result.setAttribute("aria-live", "polite");
    var container = map.getContainer(), rect = null, from = null, picking = false;
    function pick(on) {
      picking = on;
      start.setAttribute("aria-pressed", String(on));
      start.textContent = on ? T.select_cancel : T.select_box;
      container.classList.toggle("gm-picking", on);
      if (on) map.dragging.disable(); else map.dragging.enable();
    }
    start.addEventListener("click", function () { pick(!picking); });
    // A polygon: a click a corner, a double click (or a click on the first corner) to close it.
    var corners = null, outline = null;
    function drawing(on) {
      lasso.setAttribute("aria-pressed", String(on));
      lasso.textContent = on ? T.select_cancel : T.select_polygon;
      container.classList.toggle("gm-picking", on);
      if (on) layer.drawingShape = true;  // clicks place corners then, not open events
      else setTimeout(function () { layer.drawingShape = false; }, 0);
      if (on) { map.doubleClickZoom.disable(); corners = []; }
      else {
        setTimeout(function () { map.doubleClickZoom.enable(); }, 0);
        corners = null;
        if (outline) { outline.parentNode.removeChild(outline); outline = null; }
      }
    }
    lasso.addEventListener("click", function () { drawing(corners === null); });
    function redrawOutline() {
      if (!outline) {
        outline = document.createElementNS("http://www.w3.org/2000/svg", "svg");
        outline.setAttribute("class", "gm-select-outline");
        outline.setAttribute("aria-hidden", "true");
        outline.appendChild(document.createElementNS("http://www.w3.org/2000/svg", "polygon"));
        container.appendChild(outline);
      }
      outline.firstChild.setAttribute("points", corners.map(function (c) { return c.x + "," + c.y; }).join(" "));
    }
    function closePolygon() {
      var polygon = corners.map(function (c) { return map.containerPointToLatLng(c); });
      drawing(false);
      if (polygon.length >= 3) show(layer.selectPolygon(polygon));
    }
    map.on("click", function (e) {
      if (corners === null) return;
      var c = e.containerPoint;
      if (corners.length >= 3 && c.distanceTo(corners[0]) < 8) { closePolygon(); return; }
      corners.push(c);
      redrawOutline();
    });
    map.on("dblclick", function () { if (corners !== null) closePolygon(); });
    map.on("move", function () { if (corners !== null && corners.length) drawing(false); });
    function point(e) {
      var box = container.getBoundingClientRect();
      return L.point(e.clientX - box.left, e.clientY - box.top);
    }
    container.addEventListener("pointerdown", function (e) {
      if (!picking || e.target.closest(".leaflet-control")) return;
      from = point(e);
      rect = el("div", "gm-select-rect");
      container.appendChild(rect);
      e.preventDefault();
    });
    container.addEventListener("pointermove", function (e) {
      if (!rect) return;
      var to = point(e);
      rect.style.left = Math.min(from.x, to.x) + "px"; rect.style.top = Math.min(from.y, to.y) + "px";
      rect.style.width = Math.abs(to.x - from.x) + "px"; rect.style.height = Math.abs(to.y - from.y) + "px";
    });
    container.addEventListener("pointerup", function (e) {
      if (!rect) return;
      var to = point(e);
      rect.parentNode.removeChild(rect);
      rect = null;
      pick(false);
      var a = map.containerPointToLatLng([Math.min(from.x, to.x), Math.min(from.y, to.y)]);
      var b = map.containerPointToLatLng([Math.max(from.x, to.x), Math.max(from.y, to.y)]);
      show(layer.selectBox(a.lat, a.lng, b.lat, b.lng));
    });
    function show(ids) {
      result.textContent = "";
      var number = ctx.number;
      var said = ids.length === 1 ? T.selected_one : T.selected;
      append(result, el("p", "gm-selection-count", fill(said, { n: number.format(ids.length) })));
      if (!ids.length) return;
      append(result, summary(ids.map(function (i) { return [layer, i]; }), ctx));
      var csv = el("button", "gm-select-csv", T.select_csv), clear = el("button", "gm-select-clear", T.select_clear);
      csv.type = clear.type = "button";
      csv.addEventListener("click", function () {
        csv.disabled = true;
        layer.csv(ids).then(function (text) {
          var a = document.createElement("a");
          a.href = URL.createObjectURL(new Blob([text], { type: "text/csv;charset=utf-8" }));
          a.download = layer.table.key + "-selection.csv";
          document.body.appendChild(a);
          a.click();
          setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
          csv.disabled = false;
        });
      });
      clear.addEventListener("click", function () { result.textContent = ""; });
      append(result, append(el("div", "gm-window-buttons"), csv, clear));
    }
    layer.selectControl = { show: show };
    append(sec, append(el("div", "gm-window-buttons"), start, lasso), result);
    return sec;
  }

  /**
   * The events passing the filters inside a box of latitudes and longitudes, in table order (a
   * line or polygon: when it meets the box).
   */
  EventLayer.prototype.selectBox = function (north, west, south, east) {
    var x0 = worldX(west) - this.x0, x1 = worldX(east) - this.x0, y0 = worldY(north) - this.y0, y1 = worldY(south) - this.y0;
    var out = [], wx = this.wx, wy = this.wy, pass = this.pass, shaped = this.shapes ? this.shapes.kind : null;
    var qx = [x0, x1, x1, x0], qy = [y0, y0, y1, y1], qbox = [x0, y0, x1, y1];
    for (var i = 0; i < this.n; i++) {
      if (!pass[i]) continue;
      if (shaped && shaped[i]) { if (this.meets(i, qx, qy, qbox)) out.push(i); }
      else if (wx[i] >= x0 && wx[i] <= x1 && wy[i] >= y0 && wy[i] <= y1) out.push(i);
    }
    return out;
  };

  /**
   * The events passing the filters inside a polygon of [lat, lng] corners (even-odd rule, in
   * Mercator); a line or polygon when it meets the polygon.
   */
  EventLayer.prototype.selectPolygon = function (corners) {
    var x0 = this.x0, y0 = this.y0;
    var px = corners.map(function (c) { return worldX(c.lng) - x0; }), py = corners.map(function (c) { return worldY(c.lat) - y0; });
    var minX = Math.min.apply(null, px), maxX = Math.max.apply(null, px), minY = Math.min.apply(null, py), maxY = Math.max.apply(null, py);
    var out = [], wx = this.wx, wy = this.wy, pass = this.pass, n = px.length;
    var shaped = this.shapes ? this.shapes.kind : null, qbox = [minX, minY, maxX, maxY];
    for (var i = 0; i < this.n; i++) {
      var x = wx[i], y = wy[i];
      if (shaped && shaped[i]) {  // a line or polygon: when it meets the polygon
        if (pass[i] && this.meets(i, px, py, qbox)) out.push(i);
        continue;
      }
      if (!pass[i] || x < minX || x > maxX || y < minY || y > maxY) continue;
      var inside = false;
      for (var a = 0, b = n - 1; a < n; b = a++) {
        if ((py[a] > y) !== (py[b] > y) && x < ((px[b] - px[a]) * (y - py[a])) / (py[b] - py[a]) + px[a]) inside = !inside;
      }
      if (inside) out.push(i);
    }
    return out;
  };

  /** A CSV cell: quoted, and a leading = + - @ (a spreadsheet formula) made inert with a quote mark. */
  function csvCell(value) {
    var text = String(value === null || value === undefined ? "" : value);
    if (/^[=+\-@\t\r]/.test(text)) text = "'" + text;
    return '"' + text.replace(/"/g, '""') + '"';
  }

  /** Rows `ids` as CSV: position, category, time and the listed columns (text decoded a chunk at a time). */
  EventLayer.prototype.csv = function (ids) {
    var self = this, t = this.table, head = ["lon", "lat"], lines = [];
    if (t.categories) head.push(t.categories.column);
    if (t.time) head.push(t.time.column);
    t.columns.forEach(function (c) { head.push(c.name); });
    if (this.shapes) head.push("wkt");  // the line or polygon itself (lon, lat: a point on it)
    lines.push(head.map(csvCell).join(","));
    var sorted = ids.slice().sort(function (a, b) { return a - b; }), batch = 4096 * 4, at = 0;
    function next() {
      if (at >= sorted.length) return Promise.resolve(lines.join("\r\n") + "\r\n");
      var part = sorted.slice(at, at + batch);
      at += batch;
      return self.readable(part).then(function () {
        part.forEach(function (i) {
          var ll = self.latLng(i), row = [ll.lng.toFixed(5), ll.lat.toFixed(5)];
          if (t.categories) { var v = t.categories.values[self.category[i]]; row.push(v.other ? "" : v.label); }
          if (t.time) { var when = self.timeOf(i); row.push(when === null ? "" : new Date(when).toISOString()); }
          t.columns.forEach(function (c) { row.push(self.cell(c, i)); });
          if (self.shapes) row.push(self.wkt(i));
          lines.push(row.map(csvCell).join(","));
        });
        return next();
      });
    }
    return next();
  };

  /* -- the summary of a stack of events ---------------------------------------------------------- */

  var TOP = 5;

  /**
   * What many events hold, before their rows: counts by category, their time span, the most
   * frequent values of the listed columns, and totals of numeric filter columns.  `found` is
   * [layer, event] pairs; `ctx`: { T, number, dayOnly, dateTime }.
   */
  function summary(found, ctx) {
    var T = ctx.T, number = ctx.number, box = el("div", "gm-summary");
    var byLayer = [];
    found.forEach(function (f) {
      var entry = byLayer.filter(function (b) { return b[0] === f[0]; })[0];
      if (!entry) byLayer.push(entry = [f[0], []]);
      entry[1].push(f[1]);
    });
    byLayer.forEach(function (pair) {
      var layer = pair[0], ids = pair[1], t = layer.table;
      if (byLayer.length > 1) append(box, el("h4", null, t.title));
      if (t.categories) {
        var counts = new Uint32Array(t.categories.values.length);
        ids.forEach(function (i) { counts[layer.category[i]]++; });
        var order = Array.from(counts.keys()).filter(function (c) { return counts[c]; }).sort(function (a, b) { return counts[b] - counts[a]; });
        var list = el("ul", "gm-summary-bars");
        list.setAttribute("aria-label", t.categories.column);
        order.forEach(function (c) {
          var item = el("li"), bar = el("span", "gm-summary-bar");
          bar.style.width = Math.max(2, Math.round((60 * counts[c]) / ids.length)) + "px";
          bar.style.background = t.categories.values[c].colour;
          append(list, append(item, bar, el("span", null, categoryText(t.categories.values[c], T) + " "),
                              el("span", "gm-count", number.format(counts[c]) + " (" + Math.round((100 * counts[c]) / ids.length) + "%)")));
        });
        append(box, el("p", "gm-summary-head", t.categories.column), list);
      }
      if (layer.time) {
        var lo = Infinity, hi = -Infinity, undated = 0;
        ids.forEach(function (i) {
          var v = layer.time[i];
          if (v === MISSING_TIME) { undated++; return; }
          if (v < lo) lo = v;
          if (v > hi) hi = v;
        });
        if (lo <= hi) {
          var format = t.time.precision === "day" ? ctx.dayOnly : ctx.dateTime;
          var a = format.format(new Date((layer.base + lo) * 1000)), b = format.format(new Date((layer.base + hi) * 1000));
          append(box, el("p", "gm-summary-span", t.time.column + ": " + (a === b ? a : fill(T.summary_span, { first: a, last: b })) +
                         (undated ? " \u00b7 " + fill(T.without_time, { n: number.format(undated) }) : "")));
        }
      }
      var facts = el("dl", "gm-summary-top");
      t.columns.forEach(function (c) {
        if (c.store !== "dict") return;  // text that repeats: its most frequent values
        var codes = layer.arrays[c.stream + ".codes"], tally = {}, first = {};
        ids.forEach(function (i) { var k = codes[i]; if (!(k in tally)) { tally[k] = 0; first[k] = i; } tally[k]++; });
        var keys = Object.keys(tally).sort(function (x, y) { return tally[y] - tally[x] || x - y; });
        var top = keys.slice(0, TOP).map(function (k) {
          var v = layer.cell(c, first[k]);
          return (v === "" ? T.no_value : v) + " (" + number.format(tally[k]) + ")";
        });
        if (keys.length > TOP) top.push(fill(T.summary_more, { n: number.format(keys.length - TOP) }));
        append(facts, el("dt", null, c.name), el("dd", null, top.join(", ")));
      });
      (t.filters || []).forEach(function (f, j) {
        if (f.kind !== "number" || !layer.filterData[j]) return;
        var v = layer.filterData[j], sum = 0, max = -Infinity, seen = 0;
        ids.forEach(function (i) { if (!isNaN(v[i])) { sum += v[i]; if (v[i] > max) max = v[i]; seen++; } });
        if (seen) append(facts, el("dt", null, f.name), el("dd", null, fill(T.summary_numbers, { sum: number.format(sum), max: number.format(max) })));
      });
      if (facts.childNodes.length) append(box, facts);
    });
    return box;
  }

  window.geomapTables = { create: create, fromBase64: fromBase64, MAX_LIST: MAX_LIST, tools: tools, summary: summary,
                          densityClass: densityClass, densityClasses: densityClasses };
})();
