/* "Check your situation": the form on the page, evaluated with the checker's own rules.
 *
 * Nothing here knows a rule. The rules, the facts they read and the flow of questions come from
 * rules.js (window.relcheckRules, written by the site build from relcheck.rules.export), and they are
 * JSON Logic, evaluated with json-logic-js as the checker evaluates them with panzi-json-logic. This
 * file only turns the form into a scenario document, runs the engine's generic steps (combine the
 * findings, stop the flow at a gate), and shows the answers in the page's language (#relcheck-texts).
 */
(function () {
  "use strict";

  var RULES = window.relcheckRules;
  var logic = window.jsonLogic;
  var form = document.getElementById("relcheck-situation");
  var texts = JSON.parse(document.getElementById("relcheck-texts").textContent);
  var results = document.getElementById("relcheck-results");
  var partners = document.getElementById("relcheck-partners");
  var template = document.getElementById("relcheck-partner-template");
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

  function values(name) {
    return Array.prototype.filter
      .call(form.querySelectorAll('input[name="' + name + '"]'), function (box) { return box.checked; })
      .map(function (box) { return box.value; });
  }

  function edition() {
    var chosen = form.querySelector('input[name="edition"]:checked');
    return chosen ? chosen.value : "global";
  }

  function scenario() {
    var ed = edition();
    var doc = {
      edition: ed,
      cloud: ed === "21vianet" ? "21vianet" : control("cloud").value,
      partner: {
        role: control("partner.role").value,
        country: control("partner.country").value,
        region: RULES.regions[control("partner.country").value],
        model: control("partner.model").value,
        original_reseller: checked("partner.original_reseller"),
        services: values("partner.services")
      },
      customer: {
        country: control("customer.country").value,
        region: RULES.regions[control("customer.country").value],
        arrangement: control("customer.arrangement").value,
        accepting_user_is_global_admin: checked("customer.accepting_user_is_global_admin"),
        mca_accepted: checked("customer.mca_accepted"),
        partners: otherPartners(ed)
      },
      request: {
        include_dap: checked("request.include_dap"),
        azure_only: checked("request.azure_only"),
        email_edited: checked("request.email_edited"),
        link_intact: checked("request.link_intact"),
        link_reused: checked("request.link_reused")
      }
    };
    var actions = values("after_acceptance");
    if (actions.length) {
      doc.after_acceptance = {};
      actions.forEach(function (a) { doc.after_acceptance[a] = null; });
    }
    if (checked("revocation")) {
      doc.revocation = { renegotiated: checked("revocation.renegotiated") };
      var then = values("revocation.then");
      if (then.length) {
        doc.revocation.then = {};
        then.forEach(function (a) { doc.revocation.then[a] = null; });
      }
    }
    return doc;
  }

  function otherPartners(ed) {
    // A field the chosen edition's rules do not read is hidden, and left out of the scenario.
    if (!reads(ed, "others")) { return []; }
    return Array.prototype.map.call(partners.children, function (entry, i) {
      var name = entry.querySelector('input[data-part="name"]').value.trim();
      return {
        name: name || texts.words.partner_name.replace("%(number)s", String(i + 1)),
        transacts_in_csp: entry.querySelector('input[data-part="transacts_in_csp"]').checked,
        dap_services: Array.prototype.filter
          .call(entry.querySelectorAll('input[data-part="dap_services"]'), function (b) { return b.checked; })
          .map(function (b) { return b.value; })
      };
    });
  }

  function reads(ed, fact) {
    return RULES.facts_by_edition[ed].indexOf(fact) >= 0;
  }

  // --- the engine's generic steps (relcheck.engine), over the rules as data --------------------------

  function factsOf(doc) {
    var facts = {};
    Object.keys(RULES.facts).forEach(function (name) { facts[name] = logic.apply(RULES.facts[name], doc); });
    return facts;
  }

  function isQuestion(key) {
    return key.indexOf(".") < 0 && RULES.flow.value_questions.indexOf(key) < 0;
  }

  function message(msgid, params) {
    var text = texts.messages[msgid] || msgid;
    return text.replace(/%\((\w+)\)s/g, function (whole, name) {
      return Object.prototype.hasOwnProperty.call(params || {}, name) ? params[name] : whole;
    });
  }

  function finding(says, data) {
    var params = {};
    if (says.services !== null && says.services !== undefined) {
      // relcheck.labels.services_list: sorted by name in the schema, each translated, comma-separated
      params.services = logic.apply(says.services, data).slice().sort()
        .map(function (s) { return texts.services[s]; }).join(", ");
    }
    return { stance: says.stance, reason: message(says.msgid, params), value: says.value };
  }

  function check(rule, data) {
    for (var i = 0; i < rule.cases.length; i++) {
      var c = rule.cases[i];
      if (logic.truthy(logic.apply(c.when, data))) {
        return c.says ? finding(c.says, data) : null;
      }
    }
    return null;
  }

  function decide(facts, key) {
    var found = { "for": [], against: [], unknown: [], silent: [] };
    var data = Object.assign({}, facts, { key: key });
    RULES.rules.forEach(function (rule) {
      if (rule.edition !== facts.edition || rule.keys.indexOf(key) < 0) { return; }
      var f = check(rule, data);
      if (f) { found[f.stance].push({ rule: rule.id, finding: f }); }
    });
    var answer = function (outcome, list) {
      return {
        outcome: outcome,
        rules: list.map(function (x) { return x.rule; }),
        reasons: list.map(function (x) { return x.finding.reason; })
      };
    };
    if (found.against.length) { return answer(isQuestion(key) ? "no" : "blocked", found.against); }
    if (found.unknown.length) { return answer("not_stated", found.unknown); }
    if (found["for"].length) {
      var first = found["for"][0].finding;
      if (first.value) { return answer(first.value, found["for"]); }
      return answer(isQuestion(key) ? "yes" : "allowed", found["for"]);
    }
    if (found.silent.length) { return answer("not_stated", found.silent); }
    return { outcome: "not_stated", rules: [], reasons: [message(RULES.flow.no_rule)] };
  }

  function plan(doc) {
    var keys = RULES.flow.questions.slice();
    Object.keys(doc.after_acceptance || {}).forEach(function (a) { keys.push("action." + a); });
    if (doc.revocation) {
      keys = keys.concat(RULES.flow.revocation_questions);
      Object.keys(doc.revocation.then || {}).forEach(function (a) { keys.push("after_revocation." + a); });
    }
    return keys;
  }

  function evaluate(doc) {
    var facts = factsOf(doc);
    var stopper = null;
    return plan(doc).map(function (key) {
      var verdict;
      if (stopper && RULES.flow.request_keys.indexOf(key) < 0) {
        verdict = {
          outcome: "not_reached",
          rules: [],
          reasons: [message(RULES.flow.not_reached, {
            question: texts.labels[stopper.key], answer: texts.answers[stopper.outcome]
          })]
        };
      } else {
        verdict = decide(facts, key);
      }
      verdict.key = key;
      var gate = RULES.flow.gates[key];
      if (!stopper && gate && gate.indexOf(verdict.outcome) < 0) { stopper = verdict; }
      return verdict;
    });
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
    why.textContent = verdict.reasons.join(" ");
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
      var signature = [v.outcome, v.rules.join(","), v.reasons.join(" ")].join("|");
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
    ["cloud", "partner.role", "partner.country", "partner.model", "customer.country", "customer.arrangement"]
      .forEach(function (name) { params.set(name, control(name).value); });
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
    ["cloud", "partner.role", "partner.country", "partner.model", "customer.country", "customer.arrangement"]
      .forEach(function (name) {
        var select = control(name);
        var wanted = params.get(name);
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

  function expectation(verdict) {
    if (verdict.outcome === "not_stated" || verdict.outcome === "not_reached" || !verdict.rules.length) {
      return verdict.outcome;
    }
    return verdict.outcome + " by " + verdict.rules.join(", ");
  }

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
    var doc = scenario();
    var verdicts = evaluate(doc);
    var byKey = {};
    verdicts.forEach(function (v) { byKey[v.key] = expectation(v); });
    var file = { id: "my-situation", edition: doc.edition, cloud: doc.cloud };
    file.title = { en: texts.english.title };
    file.description = { en: texts.english.description };
    if (texts.lang !== "en") {
      file.title[texts.lang] = texts.words.title;
      file.description[texts.lang] = texts.words.description;
    }
    file.partner = doc.partner;
    file.customer = doc.customer;
    file.request = doc.request;
    if (doc.after_acceptance) {
      file.after_acceptance = {};
      Object.keys(doc.after_acceptance).forEach(function (a) { file.after_acceptance[a] = byKey["action." + a]; });
    }
    if (doc.revocation) {
      file.revocation = { renegotiated: doc.revocation.renegotiated, expect: {} };
      RULES.flow.revocation_questions.forEach(function (q) { file.revocation.expect[q] = byKey[q]; });
      if (doc.revocation.then) {
        file.revocation.then = {};
        Object.keys(doc.revocation.then).forEach(function (a) {
          file.revocation.then[a] = byKey["after_revocation." + a];
        });
      }
    }
    file.expect = {};
    RULES.flow.questions.forEach(function (q) { file.expect[q] = byKey[q]; });
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
    var started = performance.now();
    showFields();
    show(evaluate(scenario()));
    saveState();
    form.dataset.updateMs = String(performance.now() - started);
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
  // For tests and benchmarks: the same evaluation, without the form.
  window.relcheckSituation = { evaluate: evaluate, scenario: scenario, scenarioFile: scenarioFile };
}());
