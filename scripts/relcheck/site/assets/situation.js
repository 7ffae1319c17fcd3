/* "Check your situation": the form on the page, and the answers of the checker's engine.
 *
 * Nothing here knows a rule or the flow: engine.js (window.relcheckEngine) evaluates a scenario document
 * with the rules and the flow of rules.js (window.relcheckRules). This file only turns the form into a
 * scenario document, shows the answers in the page's language (#relcheck-texts), keeps the case in the
 * page's address and writes it as a scenario file.
 *
 * Every control is named after the scenario field it fills (partner.role), so the document is built
 * from the names alone: a select or a chosen radio button gives its value; a checkbox valued "on" gives
 * true or false, unless other controls need it (data-needs), in which case it makes their mapping exist;
 * a group of checkboxes gives the list of the chosen values, or, for a section of intended actions
 * (relcheck.flow), a mapping of the chosen actions. A country's select also fills its region
 * (data-region) from the checker's table, and a list of entries built from a template fills the field
 * its container names (data-list), each entry an object of its parts (data-part). A field the chosen
 * edition hides is left out, unless the schema requires it (texts.required): then it is written with
 * the form's own default for that edition, never with a value left over from the other edition.
 *
 * The case lives in the address's fragment (#v=1&edition=…&h=…), which browsers never send to a server.
 * Reading an address never throws and never turns its text into code or a selector: controls are found
 * by comparing names and values. What cannot be used is named in a notice, and until the reader has
 * chosen the fields it concerns (or kept the values shown), the page gives no answer.
 */
(function () {
  "use strict";

  var RULES = window.relcheckRules;
  var engine = window.relcheckEngine;
  var form = document.getElementById("relcheck-situation");
  var texts = JSON.parse(document.getElementById("relcheck-texts").textContent);
  var words = texts.words;
  var results = document.getElementById("relcheck-results");
  var answers = document.querySelector(".relcheck-answers");
  var answersTitle = document.getElementById("relcheck-answers-title");
  var pendingNote = answers.querySelector(".relcheck-pending-note");
  var actions = answers.querySelector(".relcheck-actions");
  var fileNameLine = document.getElementById("relcheck-file-name");
  var copiedLine = answers.querySelector(".relcheck-copied");
  var partners = document.getElementById("relcheck-partners");
  var template = document.getElementById("relcheck-partner-template");
  var addButton = form.querySelector('[data-action="add-partner"]');
  var cap = document.getElementById("relcheck-partners-cap");
  var notice = document.getElementById("relcheck-notice");
  var summary = form.querySelector(".relcheck-summary");
  var summaryText = summary.querySelector("[role=status]");
  var summaryButton = summary.querySelector("button");
  var caseSection = document.querySelector(".relcheck-case");
  var caseText = caseSection.querySelector(".relcheck-case-text");

  var VERSION = "1";
  var LIMITS = texts.limits;
  // C0 and C1 controls, DEL, the line and paragraph separators and the byte-order mark: YAML refuses
  // some of them and reads others back as something else, so a name never holds any.
  var CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]/g;
  var PARTNER_PART = /^partner(\d{1,9})\.(name|csp|dap)$/;
  var SHOWN_UNKNOWN = 5;  // unknown fields of a link named in its notice, at most

  var required = setOf(texts.required);
  var actionSections = setOf(RULES.flow.sections
    .filter(function (section) { return !section.questions; })
    .map(function (section) { return section.path.join("."); }));
  var needed = setOf(Array.prototype.map.call(form.querySelectorAll("[data-needs]"), function (block) {
    return block.dataset.needs;
  }));
  var byName = new Map();  // control name -> its controls, in the form's order
  Array.prototype.forEach.call(form.elements, function (element) {
    if (!element.name) { return; }
    if (!byName.has(element.name)) { byName.set(element.name, []); }
    byName.get(element.name).push(element);
  });

  var lastSignatures = {};
  var lastFragment = null;
  var lastEdition = null;
  var lastCase = null;
  var caseDue = false;
  var caseTimer = 0;
  var lastChanged = [];
  var partnerSerial = 0;
  var pendingFields = [];   // [{controls, note}]: fields a link gave no usable value for
  var pendingLink = false;  // the link as a whole (its version, its end, its length) was not usable

  function setOf(items) {
    var set = new Set();
    items.forEach(function (item) { set.add(item); });
    return set;
  }

  function fill(text, params) {
    return text.replace(/%\((\w+)\)s/g, function (whole, name) {
      return Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole;
    });
  }

  // --- the scenario the form describes ---------------------------------------------------------------

  function edition() {
    var chosen = (byName.get("edition") || []).filter(function (radio) { return radio.checked; })[0];
    return chosen ? chosen.value : "";
  }

  function shown(element) {
    for (var node = element; node && node !== form; node = node.parentElement) {
      if (node.hidden) { return false; }
    }
    return true;
  }

  function offered(option, ed) {
    return !option.dataset.edition || option.dataset.edition === ed;
  }

  function hiddenValue(select, ed) {
    // The value a field the edition hides is written with: the edition's own, or the form's default.
    var wanted = (texts.hidden_defaults[ed] || {})[select.name];
    var options = Array.prototype.filter.call(select.options, function (o) { return offered(o, ed); });
    var pick = options.filter(function (o) { return o.value === wanted; })[0] ||
      options.filter(function (o) { return o.defaultSelected; })[0] || options[0];
    return pick ? pick.value : select.value;
  }

  function setAt(doc, path, value) {
    var parent = path.slice(0, -1).reduce(function (node, name) {
      if (!node[name] || typeof node[name] !== "object") { node[name] = {}; }
      return node[name];
    }, doc);
    parent[path[path.length - 1]] = value;
    return value;
  }

  function scenario() {
    var doc = {};
    var ed = edition();
    Array.prototype.forEach.call(form.elements, function (element) {
      if (!element.name) { return; }
      var live = shown(element);
      if (!live && !required.has(element.name)) { return; }
      var path = element.name.split(".");
      if (element.tagName === "SELECT" && element.dataset.boolean !== undefined) {
        // a yes / no / not given answer: left out when not given, as the schema's optional field allows
        var given = live ? element.value : "";
        if (given !== "") { setAt(doc, path, given === "true"); }
      } else if (element.tagName === "SELECT") {
        var value = live ? element.value : hiddenValue(element, ed);
        setAt(doc, path, value);
        if (element.dataset.region) { setAt(doc, element.dataset.region.split("."), RULES.regions[value]); }
      } else if (element.type === "radio") {
        if (element.checked) { setAt(doc, path, element.value); }
      } else if (element.type === "checkbox") {
        var on = live ? element.checked : element.defaultChecked;
        if (element.value === "on") {
          if (!needed.has(element.name)) { setAt(doc, path, on); } else if (on) { setAt(doc, path, {}); }
        } else if (actionSections.has(element.name)) {
          if (on) { setAt(doc, path.concat([element.value]), null); }
        } else {
          var chosen = engine.at(doc, path) || setAt(doc, path, []);
          if (on) { chosen.push(element.value); }
        }
      }
    });
    form.querySelectorAll("[data-list]").forEach(function (list) {
      setAt(doc, list.dataset.list.split("."), entries(list));
    });
    return doc;
  }

  function entries(list) {
    // A list the chosen edition's rules do not read is hidden, and written empty (the schema wants it).
    if (!shown(list)) { return []; }
    return Array.prototype.map.call(list.children, function (entry, i) {
      var item = {};
      entry.querySelectorAll("input[data-part]").forEach(function (input) {
        var part = input.dataset.part;
        if (input.type === "text") {
          item[part] = cleaned(input.value).trim() || fill(words.partner_name, { number: i + 1 });
        } else if (input.getAttribute("value") === null) {
          item[part] = input.checked;
        } else {
          item[part] = item[part] || [];
          if (input.checked) { item[part].push(input.value); }
        }
      });
      return item;
    });
  }

  function reads(ed, fact) {
    return (RULES.facts_by_edition[ed] || []).indexOf(fact) >= 0;
  }

  // --- a partner's name: no control character, no more than the schema allows ------------------------

  function cleaned(text) {
    var clean = String(text).replace(CONTROLS, "");
    if (typeof clean.toWellFormed === "function") { clean = clean.toWellFormed(); }
    if (clean.length > LIMITS.name) {
      clean = clean.slice(0, LIMITS.name);
      // never half of a surrogate pair (the schema counts characters, the input UTF-16 units)
      if (/[\ud800-\udbff]$/.test(clean)) { clean = clean.slice(0, -1); }
    }
    return clean;
  }

  function cleanAsTyped(input) {
    var value = input.value;
    var clean = cleaned(value);
    if (clean === value) { return; }
    var caret = Math.max(0, (input.selectionStart || 0) - (value.length - clean.length));
    input.value = clean;
    input.setSelectionRange(caret, caret);
  }

  // --- showing the answers --------------------------------------------------------------------------

  function ruleLinks(ids) {
    var span = document.createElement("span");
    span.className = "relcheck-rules";
    ids.forEach(function (id, i) {
      if (i) { span.appendChild(document.createTextNode(", ")); }
      var a = document.createElement("a");
      a.href = texts.rules[id].href;
      a.textContent = id;
      a.title = texts.rules[id].statement;
      span.appendChild(a);
    });
    return span;
  }

  function entry(verdict) {
    var li = document.createElement("li");
    li.dataset.key = verdict.key;
    li.dataset.outcome = verdict.outcome;
    li.dataset.rules = verdict.rules.join(",");
    li.className = "relcheck-outcome-" + verdict.outcome;
    var question = document.createElement("p");
    question.className = "relcheck-question";
    question.textContent = texts.labels[verdict.key];
    var answer = document.createElement("p");
    var strong = document.createElement("strong");
    strong.textContent = texts.answers[verdict.outcome];
    answer.appendChild(strong);
    if (verdict.rules.length) {
      answer.appendChild(document.createTextNode(" · "));
      answer.appendChild(ruleLinks(verdict.rules));
    }
    var why = document.createElement("p");
    why.className = "relcheck-why";
    why.textContent = verdict.reasons.map(function (r) { return engine.render(r, texts); }).join(" ");
    li.appendChild(question);
    li.appendChild(answer);
    li.appendChild(why);
    // what the answer rests on (relcheck.vocab.labels.ground), and what Microsoft has changed since
    verdict.grounds.forEach(function (g) {
      var text = groundText(g);
      if (!text) { return; }
      var line = document.createElement("p");
      line.className = "relcheck-ground";
      line.textContent = text;
      li.appendChild(line);
    });
    if (verdict.changes.length) {
      var since = document.createElement("div");
      since.className = "relcheck-changes";
      var heading = document.createElement("p");
      heading.textContent = words.changed_since;
      since.appendChild(heading);
      var notes = document.createElement("ul");
      verdict.changes.forEach(function (id) {
        var change = texts.changes[id];
        var item = document.createElement("li");
        item.appendChild(document.createTextNode(change.text + " "));
        var link = document.createElement("a");
        link.href = change.url;
        link.textContent = change.link;
        item.appendChild(link);
        notes.appendChild(item);
      });
      since.appendChild(notes);
      li.appendChild(since);
    }
    return li;
  }

  // relcheck.result.Ground.says_more: a Not reached answer's reason names the answer that ended the
  // flow, and an answer no rule decided says already that the source is silent
  function groundText(g) {
    if (g.kind === "not_reached" || (g.kind === "not_stated" && !g.rule)) { return null; }
    var where = g.where ? (texts.messages[g.where] || g.where) : "";
    if (g.sentences && g.where.indexOf(", ") > 0) {  // relcheck.vocab.labels.ground: the last two joined by "and"
      var ids = g.where.split(", ");
      where = fill(texts.and, { before: ids.slice(0, -1).join(", "), after: ids[ids.length - 1] });
    }
    // the worldwide page's sentence ids: the plural form for their count (index N)
    var template = g.kind === "not_stated" ? texts.grounds.not_stated_rule
      : (g.sentences ? texts.grounds.sentences[g.where.split(", ").length] : texts.grounds[g.kind]);
    return fill(template, { rule: g.rule || "", where: where });
  }

  function list() {
    var existing = results.querySelector("ol");
    if (existing) { return existing; }
    var ol = document.createElement("ol");
    results.appendChild(ol);
    return ol;
  }

  function show(verdicts) {
    // Only answers that changed are replaced, so that a screen reader announces what changed, not all.
    // Returns the new entries.
    var ol = list();
    var items = ol.children;
    var signatures = {};
    var fresh = [];
    verdicts.forEach(function (v, i) {
      var signature = JSON.stringify([v.outcome, v.rules, v.reasons, v.grounds, v.changes]);
      signatures[v.key] = signature;
      var current = items[i];
      if (current && current.dataset.key === v.key && lastSignatures[v.key] === signature) { return; }
      var made = entry(v);
      fresh.push(made);
      if (current) { ol.replaceChild(made, current); } else { ol.appendChild(made); }
    });
    while (items.length > verdicts.length) { ol.removeChild(ol.lastElementChild); }
    lastSignatures = signatures;
    return fresh;
  }

  function inView(element) {
    var box = element.getBoundingClientRect();
    var area = answers.getBoundingClientRect();
    var top = Math.max(0, area.top);
    var bottom = Math.min(window.innerHeight, area.bottom);
    return box.bottom > top && box.top < bottom && box.height > 0;
  }

  function summarize(fresh) {
    // Where the reader is: a change that alters answers out of view says how many.
    fresh.forEach(function (li) { li.classList.add("relcheck-changed"); });
    lastChanged = fresh;
    var away = fresh.length > 0 && !fresh.every(inView);
    summary.classList.toggle("relcheck-summary--idle", !away);
    summaryButton.hidden = !away;
    summaryText.textContent = away ? words.changed[Math.min(fresh.length, words.changed.length - 1)] : "";
  }

  function showAnswers() {
    var target = lastChanged.filter(function (li) { return li.isConnected; })[0] || answersTitle;
    answersTitle.focus({ preventScroll: true });
    target.scrollIntoView({ block: "center" });
    summary.classList.add("relcheck-summary--idle");
    summaryButton.hidden = true;
    summaryText.textContent = "";
  }

  function showFields(editionChanged) {
    var ed = edition();
    form.querySelectorAll("[data-facts]").forEach(function (field) {
      var facts = field.dataset.facts.split(" ").filter(Boolean);
      field.hidden = facts.length > 0 && !facts.some(function (f) { return reads(ed, f); });
    });
    if (editionChanged) {
      // Options of another edition (a cloud) are not offered; a select left on one moves to the first offered.
      form.querySelectorAll("select").forEach(function (select) {
        var offers = Array.prototype.filter.call(select.options, function (option) {
          option.hidden = option.disabled = !offered(option, ed);
          return !option.disabled;
        });
        if (select.selectedOptions[0] && select.selectedOptions[0].disabled && offers.length) {
          select.value = offers[0].value;
        }
      });
    }
    form.querySelectorAll("[data-needs]").forEach(function (block) {
      var box = (byName.get(block.dataset.needs) || [])[0];
      block.hidden = !(box && box.checked);
    });
    form.querySelectorAll("[data-region-of]").forEach(function (note) {
      var select = (byName.get(note.dataset.regionOf) || [])[0];
      var region = select && RULES.regions[select.value];
      note.textContent = fill(words.region, { region: texts.regions[region] || "" });
    });
  }

  function capPartners() {
    var full = partners.children.length >= LIMITS.partners;
    addButton.disabled = full;
    cap.hidden = !full;
    if (full) { addButton.setAttribute("aria-describedby", cap.id); } else { addButton.removeAttribute("aria-describedby"); }
  }

  // --- the case in words, for print -----------------------------------------------------------------

  function labelOf(element, labels) {
    if (labels && labels.has(element.id)) { return labels.get(element.id); }
    var label = element.labels && element.labels[0];
    return label ? label.textContent : element.name;
  }

  function legendOf(group) {
    var legend = group.querySelector("legend");
    return legend ? legend.textContent : "";
  }

  function caseRows(block, labels) {
    function labelled(element) { return labelOf(element, labels); }
    var rows = [];
    var groups = new Set();
    block.querySelectorAll("select, input").forEach(function (element) {
      if (!shown(element)) { return; }
      var group = element.closest(".relcheck-choices");
      if (group && (element.type === "radio" || (element.type === "checkbox" && element.value !== "on"))) {
        if (groups.has(group)) { return; }
        groups.add(group);
        var chosen = Array.prototype.filter.call(group.querySelectorAll("input"), function (i) { return i.checked; });
        rows.push([group === block ? "" : legendOf(group), chosen.map(labelled).join(", ") || "—"]);
      } else if (element.tagName === "SELECT") {
        rows.push([labelled(element), element.selectedOptions[0] ? element.selectedOptions[0].textContent : ""]);
      } else if (element.type === "checkbox") {
        rows.push([labelled(element), element.checked ? words.yes : words.no]);
      } else if (element.type === "text") {
        rows.push([labelled(element), cleaned(element.value).trim() || "—"]);
      }
    });
    return rows;
  }

  function describeCase() {
    // Written for print only: off the path of an update, when the browser is idle or about to print.
    caseDue = false;
    var labels = new Map();  // one pass over the labels rather than one search per control
    form.querySelectorAll("label[for]").forEach(function (label) { labels.set(label.htmlFor, label.textContent); });
    var sections = [];
    Array.prototype.forEach.call(form.children, function (block) {
      if (block.tagName === "FIELDSET" && shown(block)) { sections.push([legendOf(block), caseRows(block, labels)]); }
    });
    var signature = JSON.stringify(sections);
    if (signature === lastCase) { return; }
    lastCase = signature;
    var out = document.createDocumentFragment();
    sections.forEach(function (section) {
      var title = document.createElement("h3");
      title.textContent = section[0];
      var dl = document.createElement("dl");
      section[1].forEach(function (row) {
        if (row[0]) {
          var dt = document.createElement("dt");
          dt.textContent = row[0];
          dl.appendChild(dt);
        }
        var dd = document.createElement("dd");
        if (!row[0]) { dd.className = "relcheck-case-whole"; }
        dd.textContent = row[1];
        dl.appendChild(dd);
      });
      out.appendChild(title);
      out.appendChild(dl);
    });
    caseText.textContent = "";
    caseText.appendChild(out);
  }

  function describeLater() {
    // A quarter of a second after the last change (an idle callback would delay the next frame).
    caseDue = true;
    clearTimeout(caseTimer);
    caseTimer = setTimeout(function () { if (caseDue) { describeCase(); } }, 250);
  }

  // --- the case in the address: the same link opens the same case in any language ------------------

  function statePairs() {
    // Only what the chosen edition reads; the version first, so that a link cut short keeps it.
    var pairs = [["v", VERSION], ["edition", edition()]];
    Array.prototype.forEach.call(form.elements, function (element) {
      if (!element.name || element.name === "edition" || !shown(element)) { return; }
      if (element.tagName === "SELECT") {
        pairs.push([element.name, element.value]);
      } else if (element.type === "checkbox" && element.checked) {
        pairs.push([element.name, element.value]);
      }
    });
    if (shown(partners)) {
      Array.prototype.forEach.call(partners.children, function (item, i) {
        var prefix = "partner" + i + ".";
        item.querySelectorAll("input[data-part]").forEach(function (input) {
          var part = input.dataset.part;
          if (part === "name") { pairs.push([prefix + "name", cleaned(input.value)]); }
          if (part === "transacts_in_csp" && input.checked) { pairs.push([prefix + "csp", "on"]); }
          if (part === "dap_services" && input.checked) { pairs.push([prefix + "dap", input.value]); }
        });
      });
    }
    return pairs;
  }

  function hash(text) {
    // cyrb53: a 53-bit hash, short in base 36; not a secret, only a fingerprint of the case
    var h1 = 0xdeadbeef;
    var h2 = 0x41c6ce57;
    for (var i = 0; i < text.length; i++) {
      var c = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 2654435761);
      h2 = Math.imul(h2 ^ c, 1597334677);
    }
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
  }

  function checksum(pairs) {
    // over the decoded names and values, so that a link whose encoding another program changed still holds
    return hash(pairs.map(function (p) { return p[0] + "=" + p[1]; }).join("\n"));
  }

  function encode(pairs) {
    var params = new URLSearchParams();
    pairs.forEach(function (p) { params.append(p[0], p[1]); });
    return params.toString();
  }

  function fragmentOf(pairs) {
    // the checksum last: a link cut short loses it, and says so when opened
    return encode(pairs.concat([["h", checksum(pairs)]]));
  }

  function fileId(pairs) {
    return "my-situation-" + checksum(pairs);
  }

  function carry(fragment) {
    // The language switcher keeps the case: each language's link gets the same fragment.
    document.querySelectorAll("a[hreflang]").forEach(function (a) {
      a.href = a.href.split("#")[0].split("?")[0] + "#" + fragment;
    });
  }

  function saveState(pairs) {
    var fragment = fragmentOf(pairs);
    if (fragment === lastFragment) { return; }
    lastFragment = fragment;
    history.replaceState(history.state, "", location.pathname + "#" + fragment);
    carry(fragment);
  }

  function parse(raw) {
    var pairs = [];
    try {
      new URLSearchParams(raw).forEach(function (value, name) { pairs.push([name, value]); });
    } catch (error) {
      return [];
    }
    return pairs;
  }

  function isCase(pairs) {
    // A query is a case (an old link) when it names the version or any of the form's fields.
    return pairs.some(function (p) { return p[0] === "v" || byName.has(p[0]) || PARTNER_PART.test(p[0]); });
  }

  function shortly(value) {
    var text = String(value).replace(CONTROLS, " ");
    return text.length > 40 ? text.slice(0, 40) + "…" : text;
  }

  function resetForm() {
    form.reset();
    while (partners.firstChild) { partners.removeChild(partners.firstChild); }
    Array.prototype.forEach.call(form.elements, function (element) {
      if (element.type === "checkbox") { element.checked = false; }  // a link lists the ticked boxes
    });
  }

  function readLink(pairs, fromQuery) {
    // Fill the form from a link; returns what could not be used: [{text, controls, blocks}].
    var problems = [];
    var body = pairs.filter(function (p) { return p[0] !== "h"; });
    var sums = pairs.filter(function (p) { return p[0] === "h"; });
    var seen = new Set();
    var unknown = [];
    var linkValues = new Map();
    var others = new Map();  // partner index -> {name, csp, dap}
    resetForm();
    body.forEach(function (pair) {
      var name = pair[0];
      var value = pair[1];
      var part = PARTNER_PART.exec(name);
      if (part) {
        var index = Number(part[1]);
        if (!others.has(index)) { others.set(index, { name: null, csp: false, dap: [] }); }
        var other = others.get(index);
        if (part[2] === "name" && other.name === null) { other.name = value; }
        if (part[2] === "csp") { other.csp = true; }
        if (part[2] === "dap") { other.dap.push(value); }
        return;
      }
      if (name === "v") { return; }
      var controls = byName.get(name);
      if (!controls) {
        if (unknown.indexOf(name) < 0) { unknown.push(name); }
        return;
      }
      var single = controls[0].tagName === "SELECT" || controls[0].type === "radio";
      if (single && seen.has(name)) { return; }
      seen.add(name);
      var match = null;
      if (controls[0].tagName === "SELECT") {
        match = Array.prototype.filter.call(controls[0].options, function (o) { return o.value === value; })[0];
        if (match) { controls[0].value = value; linkValues.set(controls[0], match); }
      } else {
        match = controls.filter(function (c) { return c.value === value; })[0];
        if (match) { match.checked = true; }
      }
      if (!match) {
        problems.push({ text: fill(words.link_value, { field: fieldName(controls[0]), value: shortly(value) }), controls: controls, blocks: true });
      }
    });
    var version = body.filter(function (p) { return p[0] === "v"; })[0];
    if (!version || version[1] !== VERSION) {
      problems.unshift({ text: words.link_version, controls: [], blocks: true });
    } else if (!fromQuery && (!sums.length || sums[sums.length - 1][1] !== checksum(body))) {
      problems.unshift({ text: words.link_cut, controls: [], blocks: true });
    }
    // A value that belongs to another edition than the link's: which one the reader meant is unknown.
    var ed = edition();
    var mismatched = [];
    linkValues.forEach(function (option, select) {
      if (!offered(option, ed)) { mismatched.push([select, option]); }
    });
    readPartners(others, problems);
    showFields(true);
    mismatched.forEach(function (pair) {
      var select = pair[0];
      var radios = byName.get("edition");
      var chosen = radios.filter(function (r) { return r.checked; })[0];
      problems.push({
        text: fill(words.link_mismatch, {
          field: fieldName(select), value: shortly(pair[1].value), edition: chosen ? labelOf(chosen) : ""
        }),
        controls: shown(select) ? [select] : radios,
        blocks: true
      });
    });
    if (unknown.length) {
      var named = unknown.slice(0, SHOWN_UNKNOWN).map(shortly).join("”, “") + (unknown.length > SHOWN_UNKNOWN ? "…" : "");
      problems.push({ text: fill(words.link_unknown, { name: named }), controls: [], blocks: false });
    }
    return problems;
  }

  function readPartners(others, problems) {
    var indexes = Array.from(others.keys()).sort(function (a, b) { return a - b; });
    if (indexes.length > LIMITS.partners) {
      problems.push({ text: words.too_many, controls: [], blocks: true });
      indexes = indexes.slice(0, LIMITS.partners);
    }
    indexes.forEach(function (index, i) {
      var other = others.get(index);
      var item = addPartner(false);
      var number = i + 1;
      var raw = other.name === null ? "" : other.name;
      var withoutControls = raw.replace(CONTROLS, "");
      var name = cleaned(raw);
      if (withoutControls !== raw) {
        problems.push({ text: fill(words.link_control, { number: number }), controls: [], blocks: false });
      }
      if (name.length < withoutControls.length) {
        problems.push({ text: fill(words.name_long, { number: number }), controls: [], blocks: false });
      }
      item.querySelectorAll("input[data-part]").forEach(function (input) {
        if (input.dataset.part === "name") { input.value = name; }
        if (input.dataset.part === "transacts_in_csp") { input.checked = other.csp; }
      });
      var boxes = Array.prototype.filter.call(item.querySelectorAll("input[data-part]"), function (input) {
        return input.dataset.part === "dap_services";
      });
      other.dap.forEach(function (value) {
        var box = boxes.filter(function (b) { return b.value === value; })[0];
        if (box) { box.checked = true; return; }
        problems.push({
          text: fill(words.link_value, {
            field: fill(words.partner_name, { number: number }) + ", " + legendOf(boxes[0].closest("fieldset")),
            value: shortly(value)
          }),
          controls: boxes,
          blocks: true
        });
      });
    });
  }

  function fieldName(control) {
    if (control.type === "radio" || (control.type === "checkbox" && control.value !== "on")) {
      return legendOf(control.closest("fieldset"));
    }
    return labelOf(control);
  }

  // --- what a link could not give, and the fields the reader must choose -----------------------------

  function markField(controls, text) {
    partnerSerial += 1;
    var note = document.createElement("p");
    note.className = "relcheck-pending-field";
    note.id = "rc-pending-" + partnerSerial;
    note.textContent = text;
    var block = controls[0].closest(".relcheck-field, fieldset") || controls[0].parentElement;
    block.appendChild(note);
    controls.forEach(function (control) {
      control.setAttribute("aria-invalid", "true");
      control.setAttribute("aria-describedby", note.id);
    });
    pendingFields.push({ controls: controls, note: note });
  }

  function unmark(field) {
    field.note.remove();
    field.controls.forEach(function (control) {
      control.removeAttribute("aria-invalid");
      control.removeAttribute("aria-describedby");
    });
  }

  function resolve(target) {
    pendingFields = pendingFields.filter(function (field) {
      var done = field.controls.indexOf(target) >= 0 || !field.controls[0].isConnected;
      if (done) { unmark(field); }
      return !done;
    });
  }

  function resolveAll() {
    pendingFields.forEach(unmark);
    pendingFields = [];
    pendingLink = false;
  }

  function waiting() {
    return pendingLink || pendingFields.some(function (field) { return field.controls[0].isConnected; });
  }

  function showNotice(problems) {
    notice.textContent = "";
    if (!problems.length) { return; }
    var box = document.createElement("div");
    box.className = "admonition warning relcheck-link-notice";
    var title = document.createElement("p");
    title.className = "admonition-title";
    title.textContent = words.link_problems;
    var items = document.createElement("ul");
    problems.forEach(function (problem) {
      var li = document.createElement("li");
      li.textContent = problem.text;
      items.appendChild(li);
    });
    box.appendChild(title);
    box.appendChild(items);
    if (problems.some(function (p) { return p.blocks; })) {
      var check = document.createElement("p");
      check.className = "relcheck-link-check";
      check.textContent = words.link_check;
      var keep = document.createElement("button");
      keep.type = "button";
      keep.className = "md-button";
      keep.dataset.action = "keep-values";
      keep.textContent = words.keep_values;
      var line = document.createElement("p");
      line.appendChild(keep);
      box.appendChild(check);
      box.appendChild(line);
    }
    notice.appendChild(box);
  }

  function settled() {
    // Everything the link left open is chosen: the notice keeps its list, without the request to choose.
    notice.querySelectorAll(".relcheck-link-check, [data-action=keep-values]").forEach(function (element) {
      (element.tagName === "BUTTON" ? element.parentElement : element).remove();
    });
  }

  function open(pairs, fromQuery) {
    resolveAll();
    var problems = readLink(pairs, fromQuery);
    problems.forEach(function (problem) {
      if (!problem.blocks) { return; }
      if (problem.controls.length) {
        markField(problem.controls, words.field_from_link);
      } else {
        pendingLink = true;
      }
    });
    showNotice(problems);
    lastSignatures = {};
    lastFragment = null;
    lastEdition = null;
  }

  // --- the other partners' list ---------------------------------------------------------------------

  function addPartner(focus) {
    var item = template.content.firstElementChild.cloneNode(true);
    partnerSerial += 1;
    var serial = "rc-partner-" + partnerSerial;
    // Each label is tied to its own control: the template's parts get ids unique on the page.
    item.querySelectorAll("input[data-part]").forEach(function (input, i) {
      input.id = serial + "-" + i;
      var label = input.nextElementSibling && input.nextElementSibling.tagName === "LABEL"
        ? input.nextElementSibling : input.previousElementSibling;
      if (label && label.tagName === "LABEL") { label.htmlFor = input.id; }
    });
    var name = item.querySelector('input[data-part="name"]');
    name.value = fill(words.partner_name, { number: partners.children.length + 1 });
    partners.appendChild(item);
    if (focus) { name.focus(); name.select(); }
    return item;
  }

  function removePartner(button) {
    var item = button.closest(".relcheck-partner");
    var next = item.nextElementSibling || item.previousElementSibling;
    item.remove();
    // Keep the keyboard where the reader was: the next partner, or the button that adds one.
    (next ? next.querySelector("input") : addButton).focus();
  }

  // --- the scenario file ----------------------------------------------------------------------------

  function quoted(value) {
    // JSON's double-quoted string is YAML's, once the characters YAML refuses or folds are escaped.
    return JSON.stringify(value).replace(/[\u007f-\u009f\u2028\u2029\ufeff]/g, function (c) {
      return "\\u" + ("000" + c.charCodeAt(0).toString(16)).slice(-4);
    });
  }

  function yaml(value, indent) {
    // Block style; every string double-quoted.
    var pad = new Array(indent + 1).join("  ");
    if (Array.isArray(value)) {
      if (!value.length) { return " []"; }
      if (value.every(function (v) { return typeof v !== "object" || v === null; })) {
        return " [" + value.map(quoted).join(", ") + "]";
      }
      return "\n" + value.map(function (item) {
        var lines = yaml(item, indent + 1).replace(/^\n/, "").split("\n");
        return pad + "- " + lines[0].replace(/^\s+/, "") + (lines.length > 1 ? "\n" + lines.slice(1).join("\n") : "");
      }).join("\n");
    }
    if (value && typeof value === "object") {
      return "\n" + Object.keys(value).map(function (k) {
        return pad + k + ":" + yaml(value[k], indent + 1);
      }).join("\n");
    }
    return " " + quoted(value);
  }

  function scenarioFile(id) {
    // The case, its texts, and each answer as the expectation where the file holds it.
    var doc = scenario();
    var file = { id: id, title: { en: texts.english.title }, description: { en: texts.english.description } };
    if (texts.lang !== "en") {
      file.title[texts.lang] = words.title;
      file.description[texts.lang] = words.description;
    }
    Object.keys(doc).forEach(function (name) { file[name] = doc[name]; });
    engine.evaluate(doc).forEach(function (answer) { setAt(file, answer.path, engine.expectation(answer)); });
    // The first line points the author's editor (yaml-language-server) at the published schema.
    var modeline = "# yaml-language-server: $schema=https://csp-reseller-relationship.github.io/schemas/scenario.schema.json";
    return modeline + "\n" + yaml(file, 0).replace(/^\n/, "") + "\n";
  }

  function download() {
    if (waiting()) { return; }
    var id = fileId(statePairs());
    var blob = new Blob([scenarioFile(id)], { type: "application/yaml" });
    var a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = id + ".yaml";
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(a.href); }, 0);
  }

  // --- the link, copied -----------------------------------------------------------------------------

  function copyLink() {
    var link = location.href;
    var old = answers.querySelector(".relcheck-link-copy");
    if (old) { old.remove(); }
    function done() { copiedLine.textContent = words.copied; }
    function byHand() {
      var field = document.createElement("input");
      field.type = "text";
      field.readOnly = true;
      field.className = "relcheck-link-copy";
      field.value = link;
      field.setAttribute("aria-label", words.copy_failed);
      copiedLine.textContent = words.copy_failed;
      copiedLine.parentNode.insertBefore(field, copiedLine.nextSibling);
      field.focus();
      field.select();
    }
    function fallback() {
      var area = document.createElement("textarea");
      area.value = link;
      area.setAttribute("readonly", "");
      area.className = "relcheck-offscreen";
      document.body.appendChild(area);
      area.select();
      var ok = false;
      try { ok = document.execCommand("copy"); } catch (error) { ok = false; }
      area.remove();
      if (ok) { done(); } else { byHand(); }
    }
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(link).then(done, fallback);
    } else {
      fallback();
    }
  }

  // --- wiring ---------------------------------------------------------------------------------------

  function update() {
    var started = performance.now();
    var ed = edition();
    showFields(ed !== lastEdition);
    var first = lastEdition === null;
    lastEdition = ed;
    var wait = waiting();
    pendingNote.hidden = !wait;
    results.hidden = wait;
    actions.hidden = wait;
    copiedLine.textContent = "";
    if (wait) {
      carry(location.hash.slice(1));
    } else {
      if (pendingFields.length) { resolveAll(); }
      settled();
      var pairs = statePairs();
      var fresh = show(engine.evaluate(scenario()));
      if (!first) { summarize(fresh); }
      saveState(pairs);
      fileNameLine.textContent = fill(words.file_name, { name: fileId(pairs) + ".yaml" });
    }
    capPartners();
    describeLater();
    form.dataset.updates = String(Number(form.dataset.updates || 0) + 1);
    form.dataset.updateMs = (performance.now() - started).toFixed(1);
  }

  // A click on a box or a choice in a list fires both "input" and "change": answering both would run
  // every update twice. Text answers as it is typed ("input"); every other control on "change".
  form.addEventListener("input", function (event) {
    var target = event.target;
    if (target.type !== "text") { return; }
    if (target.dataset.part === "name") { cleanAsTyped(target); }
    update();
  });
  form.addEventListener("change", function (event) {
    if (event.target.type === "text") { return; }
    resolve(event.target);
    update();
  });
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest("[data-action]");
    if (!button) { return; }
    var action = button.dataset.action;
    if (action === "add-partner" && partners.children.length < LIMITS.partners) { addPartner(true); update(); }
    if (action === "remove-partner") { removePartner(button); update(); }
    if (action === "download") { download(); }
    if (action === "copy-link") { copyLink(); }
    if (action === "show-answers") { showAnswers(); }
    if (action === "keep-values") { resolveAll(); update(); answersTitle.focus(); }
  });
  window.addEventListener("beforeprint", describeCase);
  if (window.matchMedia) {
    window.matchMedia("print").addEventListener("change", function (event) {
      if (event.matches) { describeCase(); }
    });
  }
  window.addEventListener("hashchange", function () {
    // A case link opened in this tab; a heading's anchor is not a case and changes nothing.
    var raw = location.hash.slice(1);
    if (raw === lastFragment || raw.indexOf("=") < 0) { return; }
    open(parse(raw), false);
    update();
  });

  function start() {
    var fragment = location.hash.slice(1);
    if (fragment.indexOf("=") >= 0) {
      open(parse(fragment), false);
    } else if (location.search.length > 1) {
      var pairs = parse(location.search.slice(1));
      if (isCase(pairs)) {
        open(pairs, true);
        // An old link: its case moves to the fragment at once, so that no reload sends it to the server.
        history.replaceState(history.state, "", location.pathname + "#" + fragmentOf(pairs.filter(function (p) {
          return p[0] !== "h";
        })));
      }
    }
    if (location.search) { history.replaceState(history.state, "", location.pathname + location.hash); }
  }

  try {
    start();
  } catch (error) {
    // Whatever a link holds, the form opens; a link that cannot be read leaves the defaults, and says so.
    resetForm();
    resolveAll();
    pendingLink = true;
    showNotice([{ text: words.link_version, controls: [], blocks: true }]);
  }
  form.hidden = false;
  answers.hidden = false;
  caseSection.hidden = false;
  update();
  if (window.performance && performance.mark) { performance.mark("relcheck-ready"); }
}());
