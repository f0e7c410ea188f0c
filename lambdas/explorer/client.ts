// The version page's script, inlined at build time. It reads the embedded JSON
// and builds every data-bearing node with textContent: no innerHTML, no links.
// Formatting happened at build time (format.ts, records.ts); this only filters,
// sorts, highlights and shows.
export const CLIENT_SCRIPT = String.raw`(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("explorer-data").textContent);
  var KINDS = ["trade", "visits", "quotes"];
  var LABELS = { trade: "Trade record", visits: "Visit record", quotes: "Quote record" };
  var records = data.records;
  var articles = new Map(data.articles.map(function (a) { return [a.id, a]; }));
  var keyOf = function (r) { return r.kind + ":" + r.id; };
  var byKey = new Map(records.map(function (r) { return [keyOf(r), r]; }));
  var $ = function (id) { return document.getElementById(id); };
  var el = function (tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  };
  var state = { sort: {}, selected: null, articleId: null };
  var rowOf = new Map();
  var recordOfRow = new WeakMap();
  var marksOf = new Map();
  var coverOf = new WeakMap();
  var filters = { country: $("f-country"), person: $("f-person"), article: $("f-article"), from: $("f-from"), to: $("f-to") };

  function matches(r) {
    var f = filters;
    if (f.country.value && r.countries.indexOf(f.country.value) < 0) return false;
    if (f.person.value && r.people.indexOf(f.person.value) < 0) return false;
    if (f.article.value && r.article !== f.article.value) return false;
    if (f.from.value || f.to.value) {
      // Overlap of the record's days with the chosen range; undated records drop out.
      if (!r.dates) return false;
      if (f.from.value && r.dates[1] < f.from.value) return false;
      if (f.to.value && r.dates[0] > f.to.value) return false;
    }
    return true;
  }

  function byColumn(col, dir) {
    return function (a, b) {
      var x = a.sort[col], y = b.sort[col];
      var xEmpty = x === null || x === "", yEmpty = y === null || y === "";
      if (xEmpty || yEmpty) return xEmpty === yEmpty ? 0 : xEmpty ? 1 : -1; // blanks last either way
      if (typeof x === "number" && typeof y === "number") return dir * (x - y);
      return dir * String(x).localeCompare(String(y), undefined, { numeric: true });
    };
  }

  function renderTables() {
    var shown = 0;
    rowOf = new Map();
    KINDS.forEach(function (kind) {
      var table = $("table-" + kind);
      var all = records.filter(function (r) { return r.kind === kind; });
      var rows = all.filter(matches);
      var sort = state.sort[kind];
      if (sort) rows.sort(byColumn(sort.col, sort.dir));
      var body = document.createElement("tbody");
      rows.forEach(function (r) {
        var tr = el("tr", r.low ? "low" : "");
        tr.tabIndex = 0;
        if (state.selected === r) tr.classList.add("selected");
        r.cells.forEach(function (cell) { tr.appendChild(el("td", "", cell)); });
        recordOfRow.set(tr, r);
        rowOf.set(keyOf(r), tr);
        body.appendChild(tr);
      });
      if (rows.length === 0) {
        var td = el("td", "note", all.length ? "No records match the filters." : "No records in this version.");
        td.colSpan = table.tHead.rows[0].cells.length;
        body.appendChild(el("tr")).appendChild(td);
      }
      table.replaceChild(body, table.tBodies[0]);
      $("count-" + kind).textContent = rows.length + " of " + all.length;
      shown += rows.length;
    });
    $("f-count").textContent = "Showing " + shown + " of " + records.length + " records";
  }

  function sortBy(kind, col) {
    var current = state.sort[kind];
    state.sort[kind] = { col: col, dir: current && current.col === col ? -current.dir : 1 };
    Array.prototype.forEach.call($("table-" + kind).tHead.rows[0].cells, function (th, i) {
      if (i === col) th.setAttribute("aria-sort", state.sort[kind].dir > 0 ? "ascending" : "descending");
      else th.removeAttribute("aria-sort");
    });
    renderTables();
  }

  function renderArticle(id) {
    var article = articles.get(id);
    var box = $("article-text");
    state.articleId = id;
    marksOf = new Map();
    box.textContent = "";
    $("article-select").value = id;
    $("article-meta").textContent = article ? [article.published, article.source].filter(Boolean).join(" · ") : "";
    if (!article || article.text === null) {
      var why = article && article.records ? "The text of this article is missing from the lake, so its records cannot be shown in place." : "This article has no records, so its text is not part of this page.";
      box.appendChild(el("p", "note", why));
      return;
    }
    var text = article.text;
    var mine = records.filter(function (r) { return r.article === id && r.start >= 0 && r.start < r.end && r.end <= text.length; });
    // Cut the text wherever a span starts or ends; each piece knows the records covering it.
    var cuts = [0, text.length];
    mine.forEach(function (r) { cuts.push(r.start, r.end); });
    cuts = Array.from(new Set(cuts)).sort(function (a, b) { return a - b; });
    var fragment = document.createDocumentFragment();
    for (var i = 0; i + 1 < cuts.length; i++) {
      var start = cuts[i], end = cuts[i + 1];
      var piece = text.slice(start, end);
      var cover = mine.filter(function (r) { return r.start <= start && r.end >= end; });
      if (cover.length === 0) { fragment.appendChild(document.createTextNode(piece)); continue; }
      cover.sort(function (a, b) { return (a.end - a.start) - (b.end - b.start); }); // innermost first: it sets the colour
      var low = cover.some(function (r) { return r.low; });
      var mark = el("mark", "hl k-" + cover[0].kind + (low ? " low" : ""), piece);
      mark.title = cover.map(function (r) { return r.kind + ": " + r.summary + (r.low ? " (low confidence)" : ""); }).join("\n");
      coverOf.set(mark, cover);
      cover.forEach(function (r) {
        var key = keyOf(r);
        if (!marksOf.has(key)) marksOf.set(key, []);
        marksOf.get(key).push(mark);
      });
      fragment.appendChild(mark);
    }
    box.appendChild(fragment);
  }

  function showDetails(list) {
    var box = $("details");
    box.textContent = "";
    list.forEach(function (r) {
      var heading = el("h3", "", LABELS[r.kind] + " ");
      if (r.low) heading.appendChild(el("span", "badge low", "low confidence"));
      box.appendChild(heading);
      var table = el("table");
      var article = articles.get(r.article);
      var span = article && article.text !== null && r.end <= article.text.length ? article.text.slice(r.start, r.end) : "(span not in this page)";
      [["span", span]].concat(r.fields).forEach(function (pair) {
        var tr = table.appendChild(el("tr"));
        tr.appendChild(el("th", "", pair[0]));
        tr.appendChild(el("td", "", pair[1]));
      });
      box.appendChild(table);
    });
  }

  function select(r, cover) {
    state.selected = r;
    document.querySelectorAll(".selected, .sel").forEach(function (node) { node.classList.remove("selected", "sel"); });
    if (state.articleId !== r.article) renderArticle(r.article);
    var marks = marksOf.get(keyOf(r)) || [];
    marks.forEach(function (mark) { mark.classList.add("sel"); });
    if (!cover && marks[0]) marks[0].scrollIntoView({ block: "center" });
    var row = rowOf.get(keyOf(r));
    if (row) row.classList.add("selected");
    document.querySelectorAll("[data-rid]").forEach(function (node) {
      if (node.getAttribute("data-rid") === keyOf(r)) node.classList.add("sel");
    });
    showDetails(cover || [r]);
  }

  KINDS.forEach(function (kind) {
    var table = $("table-" + kind);
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, col) {
      th.addEventListener("click", function () { sortBy(kind, col); });
    });
    table.addEventListener("click", function (event) {
      var tr = event.target.closest("tbody tr");
      if (tr && recordOfRow.has(tr)) select(recordOfRow.get(tr));
    });
    table.addEventListener("keydown", function (event) {
      var tr = event.target.closest("tbody tr");
      if (event.key === "Enter" && tr && recordOfRow.has(tr)) select(recordOfRow.get(tr));
    });
  });
  $("article-text").addEventListener("click", function (event) {
    var mark = event.target.closest("mark");
    if (mark && coverOf.has(mark)) select(coverOf.get(mark)[0], coverOf.get(mark));
  });
  document.addEventListener("click", function (event) {
    var node = event.target.closest("[data-rid]");
    var r = node && byKey.get(node.getAttribute("data-rid"));
    if (r) select(r);
  });
  Object.keys(filters).forEach(function (name) { filters[name].addEventListener("input", renderTables); });
  $("f-reset").addEventListener("click", function () {
    Object.keys(filters).forEach(function (name) { filters[name].value = ""; });
    renderTables();
  });
  $("article-select").addEventListener("change", function (event) {
    renderArticle(event.target.value);
    $("details").textContent = "";
  });

  renderTables();
  // Open on the article with the most records.
  var first = data.articles.reduce(function (best, a) { return !best || a.records > best.records ? a : best; }, null);
  if (first) renderArticle(first.id);
})();
`;
