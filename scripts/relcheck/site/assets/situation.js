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
 * its container names (data-list), each entry an object of its parts (data-part).
 */
(function () {
  "use strict";

  var RULES = window.relcheckRules;
  var engine = window.relcheckEngine;
  var form = document.getElementById("relcheck-situation");
  var texts = JSON.parse(document.getElementById("relcheck-texts").textContent);
  var results = document.getElementById("relcheck-results");
  var partners = document.getElementById("relcheck-partners");
  var template = document.getElementById("relcheck-partner-template");
  var actionSections = RULES.flow.sections
    .filter(function (section) { return !section.questions; })
    .map(function (section) { return section.path.join("."); });
  var lastSignatures = {};
  var partnerSerial = 0;

  // --- the scenario the form describes ---------------------------------------------------------------

  function control(name) {
    return form.elements.namedItem(name);
  }

  function checked(name) {
    var box = control(name);
    return Boolean(box && box.checked);
  }

  function edition() {
    var chosen = form.querySelector('input[name="edition"]:checked');
    return chosen ? chosen.value : "";
  }

  function setAt(doc, path, value) {
    var parent = path.slice(0, -1).reduce(function (node, name) {
      if (!node[name] || typeof node[name] !== "object") { node[name] = {}; }
      return node[name];
    }, doc);
    parent[path[path.length - 1]] = value;
    return value;
  }

  function needed(name) {
    return form.querySelector('[data-needs="' + name + '"]') !== null;
  }

  function read(element) {
    // Controls that need a box that is not ticked are not part of the case.
    var block = element.closest("[data-needs]");
    return !block || checked(block.dataset.needs);
  }

  function scenario() {
    var doc = {};
    Array.prototype.forEach.call(form.elements, function (element) {
      if (!element.name || !read(element)) { return; }
      var path = element.name.split(".");
      if (element.tagName === "SELECT") {
        setAt(doc, path, element.value);
        if (element.dataset.region) { setAt(doc, element.dataset.region.split("."), RULES.regions[element.value]); }
      } else if (element.type === "radio") {
        if (element.checked) { setAt(doc, path, element.value); }
      } else if (element.type === "checkbox" && element.value === "on") {
        if (!needed(element.name)) { setAt(doc, path, element.checked); } else if (element.checked) { setAt(doc, path, {}); }
      } else if (element.type === "checkbox" && actionSections.indexOf(element.name) >= 0) {
        if (element.checked) { setAt(doc, path.concat([element.value]), null); }
      } else if (element.type === "checkbox") {
        var chosen = engine.at(doc, path) || setAt(doc, path, []);
        if (element.checked) { chosen.push(element.value); }
      }
    });
    form.querySelectorAll("[data-list]").forEach(function (list) {
      setAt(doc, list.dataset.list.split("."), entries(list));
    });
    return doc;
  }

  function entries(list) {
    // A field the chosen edition's rules do not read is hidden, and its entries left out of the scenario.
    var field = list.closest("[data-facts]");
    if (field && field.hidden) { return []; }
    return Array.prototype.map.call(list.children, function (entry, i) {
      var item = {};
      entry.querySelectorAll("input[data-part]").forEach(function (input) {
        var part = input.dataset.part;
        if (input.type === "text") {
          item[part] = input.value.trim() || texts.words.partner_name.replace("%(number)s", String(i + 1));
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
    return li;
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
    var ol = list();
    var entries = ol.children;
    var signatures = {};
    verdicts.forEach(function (v, i) {
      var signature = JSON.stringify([v.outcome, v.rules, v.reasons]);
      signatures[v.key] = signature;
      var current = entries[i];
      if (current && current.dataset.key === v.key && lastSignatures[v.key] === signature) { return; }
      var fresh = entry(v);
      if (current) { ol.replaceChild(fresh, current); } else { ol.appendChild(fresh); }
    });
    while (entries.length > verdicts.length) { ol.removeChild(ol.lastElementChild); }
    lastSignatures = signatures;
  }

  function showFields() {
    var ed = edition();
    form.querySelectorAll("[data-facts]").forEach(function (field) {
      var facts = field.dataset.facts.split(" ").filter(Boolean);
      field.hidden = facts.length > 0 && !facts.some(function (f) { return reads(ed, f); });
    });
    // Options of another edition (a cloud) are not offered; a select left on one moves to the first offered.
    form.querySelectorAll("select").forEach(function (select) {
      var offered = Array.prototype.filter.call(select.options, function (option) {
        option.hidden = option.disabled = Boolean(option.dataset.edition) && option.dataset.edition !== ed;
        return !option.disabled;
      });
      if (select.selectedOptions[0] && select.selectedOptions[0].disabled && offered.length) {
        select.value = offered[0].value;
      }
    });
    form.querySelectorAll("[data-needs]").forEach(function (block) {
      block.hidden = !checked(block.dataset.needs);
    });
    form.querySelectorAll("[data-region-of]").forEach(function (note) {
      var region = RULES.regions[control(note.dataset.regionOf).value];
      note.textContent = texts.words.region.replace("%(region)s", texts.regions[region]);
    });
  }

  // --- the state in the address: the same link opens the same case in any language -------------------

  function saveState() {
    var params = new URLSearchParams();
    params.set("edition", edition());
    form.querySelectorAll("select[name]").forEach(function (select) { params.set(select.name, select.value); });
    form.querySelectorAll('input[type="checkbox"][name]').forEach(function (box) {
      if (box.checked) { params.append(box.name, box.value); }
    });
    Array.prototype.forEach.call(partners.children, function (entry, i) {
      var prefix = "partner" + i + ".";
      params.set(prefix + "name", entry.querySelector('input[data-part="name"]').value);
      if (entry.querySelector('input[data-part="transacts_in_csp"]').checked) { params.set(prefix + "csp", "on"); }
      entry.querySelectorAll('input[data-part="dap_services"]').forEach(function (b) {
        if (b.checked) { params.append(prefix + "dap", b.value); }
      });
    });
    params.set("v", "1");
    var query = "?" + params.toString();
    history.replaceState(null, "", query + location.hash);
    // The language switcher keeps the case: each language's link gets the same query.
    document.querySelectorAll("a[hreflang]").forEach(function (a) {
      a.href = a.href.split("?")[0].split("#")[0] + query;
    });
  }

  function loadState() {
    var params = new URLSearchParams(location.search);
    if (params.get("v") !== "1") { return; }
    var ed = form.querySelector('input[name="edition"][value="' + params.get("edition") + '"]');
    if (ed) { ed.checked = true; }
    form.querySelectorAll("select[name]").forEach(function (select) {
      var wanted = params.get(select.name);
      if (wanted !== null && Array.prototype.some.call(select.options, function (o) { return o.value === wanted; })) {
        select.value = wanted;
      }
    });
    form.querySelectorAll('input[type="checkbox"][name]').forEach(function (box) {
      box.checked = params.getAll(box.name).indexOf(box.value) >= 0;
    });
    for (var i = 0; params.has("partner" + i + ".name"); i++) {
      var entry = addPartner(false);
      var prefix = "partner" + i + ".";
      entry.querySelector('input[data-part="name"]').value = params.get(prefix + "name");
      entry.querySelector('input[data-part="transacts_in_csp"]').checked = params.has(prefix + "csp");
      var dap = params.getAll(prefix + "dap");
      entry.querySelectorAll('input[data-part="dap_services"]').forEach(function (b) {
        b.checked = dap.indexOf(b.value) >= 0;
      });
    }
  }

  // --- the other partners' list ---------------------------------------------------------------------

  function addPartner(focus) {
    var entry = template.content.firstElementChild.cloneNode(true);
    partnerSerial += 1;
    var serial = "rc-partner-" + partnerSerial;
    // Each label is tied to its own control: the template's parts get ids unique on the page.
    entry.querySelectorAll("input[data-part]").forEach(function (input, i) {
      input.id = serial + "-" + i;
      var label = input.nextElementSibling && input.nextElementSibling.tagName === "LABEL"
        ? input.nextElementSibling : input.previousElementSibling;
      if (label && label.tagName === "LABEL") { label.htmlFor = input.id; }
    });
    var name = entry.querySelector('input[data-part="name"]');
    name.value = texts.words.partner_name.replace("%(number)s", String(partners.children.length + 1));
    partners.appendChild(entry);
    if (focus) { name.focus(); name.select(); }
    return entry;
  }

  function removePartner(button) {
    var entry = button.closest(".relcheck-partner");
    var next = entry.nextElementSibling || entry.previousElementSibling;
    entry.remove();
    // Keep the keyboard where the reader was: the next partner, or the button that adds one.
    (next ? next.querySelector("input") : form.querySelector('[data-action="add-partner"]')).focus();
  }

  // --- the scenario file ----------------------------------------------------------------------------

  function yaml(value, indent) {
    // Block style; every string double-quoted as JSON, which YAML reads as the same string.
    var pad = new Array(indent + 1).join("  ");
    if (Array.isArray(value)) {
      if (!value.length) { return " []"; }
      if (value.every(function (v) { return typeof v !== "object" || v === null; })) {
        return " [" + value.map(function (v) { return JSON.stringify(v); }).join(", ") + "]";
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
    return " " + JSON.stringify(value);
  }

  function scenarioFile() {
    // The case, its texts, and each answer as the expectation where the file holds it.
    var doc = scenario();
    var file = { id: "my-situation", title: { en: texts.english.title }, description: { en: texts.english.description } };
    if (texts.lang !== "en") {
      file.title[texts.lang] = texts.words.title;
      file.description[texts.lang] = texts.words.description;
    }
    Object.keys(doc).forEach(function (name) { file[name] = doc[name]; });
    engine.evaluate(doc).forEach(function (answer) { setAt(file, answer.path, engine.expectation(answer)); });
    // The first line points the author's editor (yaml-language-server) at the published schema.
    var modeline = "# yaml-language-server: $schema=https://csp-reseller-relationship.github.io/schemas/scenario.schema.json";
    return modeline + "\n" + yaml(file, 0).replace(/^\n/, "") + "\n";
  }

  function download() {
    var blob = new Blob([scenarioFile()], { type: "application/yaml" });
    var a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = "my-situation.yaml";
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(a.href); }, 0);
  }

  // --- wiring ---------------------------------------------------------------------------------------

  function update() {
    showFields();
    show(engine.evaluate(scenario()));
    saveState();
  }

  form.addEventListener("input", update);
  form.addEventListener("change", update);
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest("[data-action]");
    if (!button) { return; }
    var action = button.dataset.action;
    if (action === "add-partner") { addPartner(true); update(); }
    if (action === "remove-partner") { removePartner(button); update(); }
    if (action === "download") { download(); }
  });

  loadState();
  form.hidden = false;
  document.querySelector(".relcheck-answers").hidden = false;
  update();
}());
