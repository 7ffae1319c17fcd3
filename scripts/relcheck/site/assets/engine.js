/* The checker's engine in the browser: relcheck.engine, over the same data.
 *
 * Everything it knows comes from rules.js (window.relcheckRules, written by the site build from
 * relcheck.rules.export): the rules' cases and the facts they read, as JSON Logic evaluated with
 * json-logic-js (window.jsonLogic), and the flow (relcheck.flow): the answer keys and where the file
 * holds them, how the findings of the rules combine, where the flow ends. It knows no rule, no outcome,
 * no question and no section of its own, and it touches no page.
 *
 * window.relcheckEngine:
 *   evaluate(doc)          the answers to a scenario document (the mapping a scenario file holds), in
 *                          the order of the flow: [{key, path, outcome, rules, reasons}], each reason a
 *                          message {msgid, params}; a parameter is text, or a name from one of the
 *                          page's tables, {table: id} or {table: [ids]} (labels, answers, services)
 *   render(message, texts) a message in the language of `texts` (the page's #relcheck-texts)
 *   expectation(answer)    an answer as a scenario file writes it: "no by V4, V9", "not_stated"
 *   at(doc, path)          the value at a path of a document
 */
(function () {
  "use strict";

  var DATA = window.relcheckRules;
  var FLOW = DATA.flow;
  var logic = window.jsonLogic;

  function has(object, name) {
    return Object.prototype.hasOwnProperty.call(object || {}, name);
  }

  function at(doc, path) {
    return path.reduce(function (value, name) {
      return value !== null && typeof value === "object" && !Array.isArray(value) && has(value, name)
        ? value[name] : null;
    }, doc);
  }

  // flow.steps: every answer key of a scenario, in the order of the flow
  function steps(doc) {
    var found = [];
    FLOW.sections.forEach(function (section) {
      if (section.questions) {
        if (section.asked_if.length && at(doc, section.asked_if) === null) { return; }
        section.questions.forEach(function (question) {
          found.push({ key: question[0], kind: question[1], path: section.path.concat([question[0]]) });
        });
      } else {
        Object.keys(at(doc, section.path) || {}).forEach(function (name) {
          var kind = Object.prototype.hasOwnProperty.call(section.kinds, name) ? section.kinds[name] : section.kind;
          found.push({ key: section.prefix + name, kind: kind, path: section.path.concat([name]) });
        });
      }
    });
    return found;
  }

  function factsOf(doc) {
    var facts = {};
    Object.keys(DATA.facts).forEach(function (name) { facts[name] = logic.apply(DATA.facts[name], doc); });
    return facts;
  }

  // Rule.check_data: the first case that holds gives the rule's finding, or none
  function check(rule, data) {
    for (var i = 0; i < rule.cases.length; i++) {
      var c = rule.cases[i];
      if (logic.truthy(logic.apply(c.when, data))) {
        if (!c.says) { return null; }
        var reason = { msgid: c.says.msgid, params: {} };
        if (c.says.services !== null && c.says.services !== undefined) {
          // relcheck.rules.base.Says.finding: the plural form for the number of services named
          var names = logic.apply(c.says.services, data).slice().sort();
          reason = { msgid: c.says.msgid, params: { services: { services: names } }, n: names.length };
        }
        return { stance: c.says.stance, reason: reason, value: c.says.value, basis: c.basis };
      }
    }
    return null;
  }

  // relcheck.engine.changes_of: each deciding rule's notes of what has changed since that concern
  // this answer, once, in order
  function changesOf(rules, key) {
    var seen = [];
    rules.forEach(function (id) {
      DATA.rules.forEach(function (rule) {
        if (rule.id !== id) { return; }
        (rule.later[key] || []).forEach(function (change) { if (seen.indexOf(change) < 0) { seen.push(change); } });
      });
    });
    return seen;
  }

  function decide(facts, step) {
    var found = {};
    var data = Object.assign({}, facts, { key: step.key });
    DATA.rules.forEach(function (rule) {
      if (rule.edition !== facts.edition || rule.keys.indexOf(step.key) < 0) { return; }
      var finding = check(rule, data);
      if (finding) { (found[finding.stance] = found[finding.stance] || []).push({ rule: rule.id, finding: finding }); }
    });
    for (var i = 0; i < FLOW.precedence.length; i++) {
      var stance = FLOW.precedence[i];
      var chosen = found[stance];
      if (!chosen) { continue; }
      var outcome = FLOW.outcomes[step.kind][stance];
      if (outcome === FLOW.value) { outcome = chosen[0].finding.value; }
      if (outcome === null || outcome === undefined) {
        throw new Error(chosen[0].rule + ": a finding " + stance + " cannot answer " + step.key);
      }
      var rules = chosen.map(function (x) { return x.rule; });
      return {
        outcome: outcome,
        rules: rules,
        reasons: chosen.map(function (x) { return x.finding.reason; }),
        // relcheck.engine: what each deciding rule's case rests on, and what has changed since
        grounds: chosen.map(function (x) {
          var basis = x.finding.basis;
          return { kind: basis.kind, rule: x.rule, where: basis.where, sentences: basis.sentences };
        }),
        changes: changesOf(rules, step.key)
      };
    }
    return {
      outcome: FLOW.no_finding.outcome, rules: [], reasons: [{ msgid: FLOW.no_finding.msgid, params: {} }],
      grounds: [{ kind: "not_stated", rule: null, where: "" }], changes: []
    };
  }

  function notReached(stopper) {
    var params = {};
    Object.keys(FLOW.not_reached.params).forEach(function (name) {
      var source = FLOW.not_reached.params[name];  // [table, field of the answer that ended the flow]
      params[name] = {};
      params[name][source[0]] = stopper[source[1]];
    });
    return {
      outcome: FLOW.not_reached.outcome, rules: [], reasons: [{ msgid: FLOW.not_reached.msgid, params: params }],
      grounds: [{ kind: FLOW.not_reached.outcome, rule: null, where: stopper.key }], changes: []
    };
  }

  function evaluate(doc) {
    var facts = factsOf(doc);
    var stopper = null;
    return steps(doc).map(function (step) {
      var answer = stopper ? notReached(stopper) : decide(facts, step);
      answer.key = step.key;
      answer.path = step.path;
      var gate = FLOW.gates[step.key];
      if (!stopper && gate && gate.indexOf(answer.outcome) < 0) { stopper = answer; }
      return answer;
    });
  }

  function render(message, texts) {
    var forms = texts.plurals && texts.plurals[message.msgid];
    var text = forms && message.n !== undefined ? forms[message.n] : (texts.messages[message.msgid] || message.msgid);
    return text.replace(/%\((\w+)\)s/g, function (whole, name) {
      if (!has(message.params, name)) { return whole; }
      var value = message.params[name];
      if (value === null || typeof value !== "object") { return String(value); }
      var table = Object.keys(value)[0];
      var ids = value[table];
      // relcheck.labels.services_list: a list is its names, comma-separated
      return Array.isArray(ids)
        ? ids.map(function (id) { return texts[table][id]; }).join(", ")
        : texts[table][ids];
    });
  }

  function expectation(answer) {
    var form = FLOW.expectation;
    if (form.alone.indexOf(answer.outcome) >= 0 || !answer.rules.length) { return answer.outcome; }
    return answer.outcome + form.by + answer.rules.join(form.separator);
  }

  window.relcheckEngine = { evaluate: evaluate, render: render, expectation: expectation, at: at };
}());
