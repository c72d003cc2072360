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
    this.now = Infinity;
    this.visible = true;
    this.drawn = 0;          // events drawn in the view
    this.shown = this.n;     // events passing the filters anywhere
    this.index = null;
    // What each draw leaves for hit-testing, allocated once: positions (px) and event numbers.
    this.hitX = new Int16Array(this.n);
    this.hitY = new Int16Array(this.n);
    this.hitI = new Uint32Array(this.n);
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

  /** How many events pass the category and time filters (anywhere, not just in view). */
  EventLayer.prototype.countShown = function () {
    var cat = this.category, t = this.time, on = this.enabled, until = this.limit(), count = 0;
    for (var i = 0; i < this.n; i++) {
      if (cat && !on[cat[i]]) continue;
      if (t && t[i] !== MISSING_TIME && t[i] > until) continue;
      count++;
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
    var dot = stamp(Math.max(2.6, Math.min(4.5, map.getZoom() / 2)) * ratio);
    var R = dot.r, sdx = dot.dx, sdy = dot.dy, srim = dot.rim, m = sdx.length;
    // The dot as offsets into the pixel array, rim and fill apart: the hot loop has no branches.
    var rimAt = [], fillAt = [];
    for (var q = 0; q < m; q++) (srim[q] ? rimAt : fillAt).push(sdy[q] * w + sdx[q]);
    rimAt = Int32Array.from(rimAt);
    fillAt = Int32Array.from(fillAt);
    var nr = rimAt.length, nf = fillAt.length;
    var wx = this.wx, wy = this.wy, cat = this.category, t = this.time, on = this.enabled, until = this.limit();
    var fill = this.fill, rim = this.rim;
    var hitX = this.hitX, hitY = this.hitY, hitI = this.hitI, k = 0;
    for (var i = 0; i < this.n; i++) {
      var c = cat ? cat[i] : 0;
      if (!on[c]) continue;
      if (t && t[i] !== MISSING_TIME && t[i] > until) continue;
      var x = Math.round(wx[i] * scale - ex), y = Math.round(wy[i] * scale - ey);
      if (x < -R || y < -R || x >= w + R || y >= h + R) continue;
      var f = fill[c], e = rim[c];
      if (x >= R && y >= R && x < w - R && y < h - R) {
        var at = y * w + x;
        for (var s = 0; s < nr; s++) px[at + rimAt[s]] = e;
        for (var s1 = 0; s1 < nf; s1++) px[at + fillAt[s1]] = f;
      } else {
        for (var s2 = 0; s2 < m; s2++) {
          var xx = x + sdx[s2], yy = y + sdy[s2];
          if (xx >= 0 && yy >= 0 && xx < w && yy < h) px[yy * w + xx] = srim[s2] ? e : f;
        }
      }
      if (x >= 0 && y >= 0 && x < w && y < h) {
        hitX[k] = Math.round(x / ratio); hitY[k] = Math.round(y / ratio); hitI[k] = i; k++;
      }
    }
    ctx.putImageData(image, 0, 0);
    this.drawn = k;
    this.index = gridIndex(hitX, hitY, hitI, k, size.x, size.y);
    this.lastDrawMs = performance.now() - started;
    if (this.options.onDraw) this.options.onDraw(this);
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

  /** The density class of a count: log-scaled from 1 to the grid's largest count. */
  EventLayer.prototype.densityClass = function (count) {
    var n = this.grid.colours.length, top = Math.log(Math.max(2, this.grid.spec.max));
    return Math.min(n - 1, Math.floor((Math.log(count) / top) * n));
  };

  /** Each cell with events as a rectangle in its density colour. */
  EventLayer.prototype.drawGrid = function (px, w, h, scale, ox, oy) {
    var g = this.grid, spec = g.spec;
    var colours = g.colours.map(function (c) { return pixel(c); });
    for (var j = 0; j < g.cells.length; j++) {
      var cell = g.cells[j], col = cell % spec.nx, row = Math.floor(cell / spec.nx);
      var lon = spec.x0 + col * spec.cell, lat = spec.y0 + row * spec.cell;
      var x0 = Math.round(worldX(lon) * scale - ox), x1 = Math.round(worldX(lon + spec.cell) * scale - ox);
      var y0 = Math.round(worldY(lat + spec.cell) * scale - oy), y1 = Math.round(worldY(lat) * scale - oy);
      if (x1 <= 0 || y1 <= 0 || x0 >= w || y0 >= h) continue;
      if (x1 === x0) x1++;
      if (y1 === y0) y1++;
      var colour = colours[this.densityClass(g.counts[j])];
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
    return found.map(function (f) { return f[1]; });
  };

  /** Event i's position, for a popup. */
  EventLayer.prototype.latLng = function (i) {
    var lon = (this.wx[i] + this.x0 - 0.5) * 360;
    var lat = Math.atan(Math.sinh(Math.PI * (1 - 2 * (this.wy[i] + this.y0)))) * 180 / Math.PI;
    return L.latLng(lat, lon);
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

  window.geomapTables = { create: create, fromBase64: fromBase64, MAX_LIST: MAX_LIST };
})();
