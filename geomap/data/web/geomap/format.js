/* geomap.js, format.js: a house style's font and logo; dates, numbers and plurals in the page's language; what was known when (stateAt picks the state Python gave).
 * Runs inside mount() (core.js opens it, main.js closes it), in one closure with the other
 * parts: page.GEOMAP_JS joins them in order. Functions: logo, formatTime, label, km, plural, timeSteps,
 * changesBy, stateAt, asOfText, formatStep
 */
    /* -- a house style (--style): its font, embedded as data, and its logo ---------------------- */

    var house = doc.style || {};
    var FAMILY = (house.font ? "\"" + house.font.family + "\", " : "") + "DejaVu Sans, Arial, sans-serif";
    var fontReady = null;
    if (house.font && house.font.data && window.FontFace) {
      var fontBytes = Uint8Array.from(atob(house.font.data), function (c) { return c.charCodeAt(0); });
      var face = new FontFace(house.font.family, fontBytes.buffer);
      document.fonts.add(face);
      fontReady = face.load();
    }

    /** The house logo, when there is one: a PNG or JPEG embedded as a data: URL (nothing else is taken). */
    function logo() {
      if (!house.logo || !/^data:image\/(png|jpeg);base64,[A-Za-z0-9+\/=]+$/.test(house.logo)) return null;
      var img = el("img", "gm-logo");
      img.setAttribute("src", house.logo);
      img.setAttribute("alt", house.name || "");
      return img;
    }

    /* -- formatting ----------------------------------------------------------------------- */

    // A 24-hour clock in every language: reports of a night's events count hours that way.
    var dateTime = new Intl.DateTimeFormat(lang, { timeZone: zone, day: "numeric", month: "short", year: "numeric",
                                                  hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
    var dayOnly = new Intl.DateTimeFormat(lang, { timeZone: zone, day: "numeric", month: "short", year: "numeric" });
    var number = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });

    function formatTime(iso, precision) {
      if (!iso) return precision && precision !== "exact" ? V.labels["time." + precision] : "";
      var when = new Date(iso);
      var text = precision === "day" || precision === "night" ? dayOnly.format(when) : dateTime.format(when);
      var prefix = V.labels["time." + (precision || "exact")];
      return prefix ? prefix + " " + text : text;
    }

    function label(kind, value) {
      var found = V.labels[kind + "." + value];
      return found === undefined ? value : found;
    }

    function km(value) { return number.format(value) + " " + T.km; }

    var plurals = new Intl.PluralRules(lang);

    /** "{n} events" in the form the language wants for n (key_one, key_few, key_other...). */
    function plural(key, n) {
      var text = T[key + "_" + plurals.select(n)] || T[key + "_other"];
      return text.replace("{n}", number.format(n));
    }

    /* -- time: what was known when ------------------------------------------------------- */

    var MINUTE = 60000;
    var steps = timeSteps();           // the instants the time control stops at (ms), or null
    var dayEnds = {};                  // step -> true when it stands for a whole day
    (doc.timeline ? doc.timeline.days : []).forEach(function (iso) { dayEnds[Date.parse(iso)] = true; });
    var changes = doc.timeline ? doc.timeline.changes.map(Date.parse) : [];
    var now = steps ? steps[steps.length - 1] : Infinity;   // the time shown

    /** The night by the minute, then each later change and the end of each following day. */
    function timeSteps() {
      var t = doc.timeline;
      if (!t) return null;
      var out = [];
      var end = Date.parse(t.end);
      for (var m = Date.parse(t.start); m < end; m += MINUTE) out.push(m);
      out.push(end);
      var later = t.days.concat(t.changes, t.steps || [], [t.last]).map(Date.parse).filter(function (m) { return m > end; });
      later.sort(function (a, b) { return a - b; }).forEach(function (m) { if (m > out[out.length - 1]) out.push(m); });
      return out;
    }

    /** How many changes had happened by `at`: the state only changes when this does. */
    function changesBy(at) {
      var n = 0;
      while (n < changes.length && changes[n] <= at) n++;
      return n;
    }

    /**
     * A feature's properties as they stood at `at` (ms), or null when it was not yet known. Python
     * decides (geomap.document._states): `states` holds the feature as it stood from each history
     * entry before the last; the page only picks the latest that has begun.
     */
    function stateAt(p, at) {
      if (p.known_from && Date.parse(p.known_from) > at) return null;
      if (!p.states || at >= Date.parse(p.history[p.history.length - 1].at)) return p;
      var then = null;
      p.states.forEach(function (s) { if (Date.parse(s.at) <= at) then = s; });
      return Object.assign({}, p, { status: then.status, reported: then.reported, sources: then.sources,
                                    quotes: then.quotes, history: p.history.slice(0, then.entries) });
    }

    /** "As of 10 Sep 2025, 09:00 (Europe/Warsaw)": the moment an as-of build shows. */
    function asOfText() {
      return T.as_of + " " + dateTime.format(new Date(doc.as_of)) + " (" + zone + ")";
    }

    function formatStep(at) {
      if (at === Infinity) return "";
      return dayEnds[at] ? dayOnly.format(new Date(at)) + ", " + T.end_of_day : dateTime.format(new Date(at));
    }

