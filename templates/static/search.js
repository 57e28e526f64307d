/* briefkit search. Loads the index built at build time in small script files (so it works from
   file:// and from any sub-path), only those a query needs. No data leaves the page. */
(function () {
  'use strict';
  var script = document.currentScript;
  var base = script ? script.src.replace(/search\.js([?#].*)?$/, '') : '';
  /* The index of the page's language: data-index, relative to the page, or search/ beside this script. */
  var index = script && script.getAttribute('data-index') !== null
    ? new URL(script.getAttribute('data-index'), document.baseURI).href : base + 'search/';
  var STOP = ['a', 'an', 'and', 'are', 'as', 'at', 'be', 'by', 'for', 'from', 'has', 'in', 'is', 'it', 'its', 'of',
    'on', 'or', 'that', 'the', 'this', 'to', 'was', 'were', 'will', 'with'];
  var CJK = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u;
  var WORD = /[\p{L}\p{Nd}]/u;
  var PAGE = 10;
  var state = { manifest: null, shards: {}, docs: {}, vocab: {}, waiting: {}, loading: {} };

  function done(name) {
    var list = state.waiting[name] || [];
    delete state.waiting[name];
    list.forEach(function (f) { f(); });
  }

  window.briefkitSearch = {
    manifest: function (m) { state.manifest = m; done('manifest'); },
    shard: function (name, terms) { state.shards[name] = terms; done(name); },
    docs: function (k, list) { state.docs[k] = list; done('d' + k); },
    vocab: function (n, words) { state.vocab[n] = words.split(' '); done('v' + n); }
  };

  function loaded(name) {
    if (name === 'manifest') { return state.manifest !== null; }
    if (name.charAt(0) === 'i') { return state.shards.hasOwnProperty(name); }
    if (name.charAt(0) === 'v') { return state.vocab.hasOwnProperty(name.slice(1)); }
    return state.docs.hasOwnProperty(name.slice(1));
  }

  function load(name) {
    return new Promise(function (resolve, reject) {
      if (loaded(name)) { resolve(); return; }
      (state.waiting[name] = state.waiting[name] || []).push(resolve);
      if (state.loading[name]) { return; }
      state.loading[name] = true;
      var s = document.createElement('script');
      s.src = index + name + '.js';
      s.onerror = function () { delete state.loading[name]; reject(new Error('cannot load ' + s.src)); };
      document.head.appendChild(s);
    });
  }

  /* The same rules as the index (SearchIndex.java): lower case, accents removed, runs of letters
     and digits, CJK characters one by one. */
  function tokens(text) {
    var folded = text.toLowerCase().normalize('NFKD').replace(/\p{M}+/gu, '');
    var out = [], cur = '';
    for (var ch of folded) {
      if (CJK.test(ch)) { if (cur) { out.push(cur); cur = ''; } out.push(ch); }
      else if (WORD.test(ch)) { cur += ch; }
      else if (cur) { out.push(cur); cur = ''; }
    }
    if (cur) { out.push(cur); }
    return out;
  }

  function shardFor(term) {
    var b = state.manifest.shards, lo = 0, hi = b.length - 1, k = 0;
    while (lo <= hi) { var mid = (lo + hi) >> 1; if (b[mid] <= term) { k = mid; lo = mid + 1; } else { hi = mid - 1; } }
    return k;
  }

  /* A shard's file is named after its first term (Shards.java): letters a-z and digits as they are,
     other characters as _<code point in base 36>_; names cut for length are in the manifest. */
  function shardName(k) {
    var cut = state.manifest.long || {}, name = 'i';
    if (cut.hasOwnProperty(k)) { return cut[k]; }
    for (var ch of state.manifest.shards[k]) {
      name += /[a-z0-9]/.test(ch) ? ch : '_' + ch.codePointAt(0).toString(36) + '_';
    }
    return name;
  }

  /* An entry is "gap.weight gap.weight" in base 36; a weight counts more in fewer documents:
     weight × log(1 + N/df) × 10, between 1 and 9999 (docs/search.md). */
  function postings(encoded, into) {
    var doc = 0, list = encoded.split(' '), idf = Math.log(1 + state.manifest.docs / list.length);
    list.forEach(function (p) {
      var dot = p.indexOf('.');
      doc += parseInt(p.slice(0, dot), 36);
      var score = Math.min(9999, Math.max(1, Math.round(parseInt(p.slice(dot + 1), 36) * idf * 10)));
      into[doc] = Math.max(into[doc] || 0, score);
    });
  }

  /* Scores of the documents that contain a term (or, for the word being typed, start with it). */
  function lookup(term, prefix) {
    var first = shardFor(term), last = prefix ? Math.min(shardFor(term + '\uffff'), first + 2) : first, names = [];
    for (var k = first; k <= last; k++) { names.push(shardName(k)); }
    return Promise.all(names.map(load)).then(function () {
      var scores = {};
      for (var k = first; k <= last; k++) {
        var terms = state.shards[shardName(k)];
        if (prefix) {
          for (var t in terms) { if (t.lastIndexOf(term, 0) === 0) { postings(terms[t], scores); } }
        } else if (terms.hasOwnProperty(term)) {
          postings(terms[term], scores);
        }
      }
      return scores;
    });
  }

  /* Edits between two words (insertions, deletions, substitutions, swaps of neighbours), or more than
     max when it is more: "survelance" is two from "surveillance". */
  function distance(a, b, max) {
    if (Math.abs(a.length - b.length) > max) { return max + 1; }
    var prev2 = null, prev = [], cur;
    for (var j = 0; j <= b.length; j++) { prev.push(j); }
    for (var i = 1; i <= a.length; i++) {
      cur = [i];
      var best = i;
      for (var j = 1; j <= b.length; j++) {
        var cost = a.charAt(i - 1) === b.charAt(j - 1) ? 0 : 1;
        var v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
        if (prev2 && i > 1 && j > 1 && a.charAt(i - 1) === b.charAt(j - 2) && a.charAt(i - 2) === b.charAt(j - 1)) {
          v = Math.min(v, prev2[j - 2] + 1);
        }
        cur.push(v);
        best = Math.min(best, v);
      }
      if (best > max) { return max + 1; }
      prev2 = prev; prev = cur;
    }
    return prev[b.length];
  }

  /* Words of the index near a word that is in none: one edit for 4 to 7 letters, two from 8; the
     closest few, those with the same first letter first. */
  function nearWords(word) {
    var max = word.length >= 8 ? 2 : word.length >= 4 ? 1 : 0, have = state.manifest.vocab || [], names = [];
    if (!max || !/^\p{L}+$/u.test(word)) { return Promise.resolve([]); }
    for (var n = word.length - max; n <= word.length + max; n++) { if (have.indexOf(n) >= 0) { names.push('v' + n); } }
    return Promise.all(names.map(load)).then(function () {
      var found = [];
      names.forEach(function (name) {
        state.vocab[name.slice(1)].forEach(function (w) {
          var d = distance(word, w, max);
          if (d <= max) { found.push({ w: w, d: d + (w.charAt(0) === word.charAt(0) ? 0 : 0.5) }); }
        });
      });
      found.sort(function (a, b) { return a.d - b.d || (a.w < b.w ? -1 : 1); });
      return found.slice(0, 3).map(function (f) { return f.w; });
    });
  }

  /* The scores of a word, or when it is in no document, of the words near it (noted in fixed). */
  function lookupOrNear(word, prefix, fixed) {
    return lookup(word, prefix).then(function (scores) {
      if (Object.keys(scores).length) { return scores; }
      return nearWords(word).then(function (near) {
        if (!near.length) { return scores; }
        fixed.push.apply(fixed, near);
        return Promise.all(near.map(function (w) { return lookup(w, false); })).then(function (sets) {
          var merged = {};
          sets.forEach(function (s) { for (var d in s) { merged[d] = Math.max(merged[d] || 0, s[d]); } });
          return merged;
        });
      });
    });
  }

  function search(query) {
    return load('manifest').then(function () {
      var q = query.trim(), typing = !/\s$/.test(query);
      var words = tokens(q).filter(function (w, i, all) { return all.indexOf(w) === i; });
      var content = words.filter(function (w) { return STOP.indexOf(w) < 0; });
      if (content.length) { words = content; }
      var last = words[words.length - 1];
      var pairs = [];
      for (var i = 1; i < words.length; i++) {
        if (!(typing && i === words.length - 1)) { pairs.push(words[i - 1] + ' ' + words[i]); }
      }
      var allPairs = pairs;
      if (pairs.length > 3) { pairs = [pairs[0], pairs[Math.floor(pairs.length / 2)], pairs[pairs.length - 1]]; }
      // A phrase is found by its word pairs; its words then only rank, so one is enough to load.
      var chosen = words.slice().sort(function (a, b) { return b.length - a.length; }).slice(0, pairs.length >= 2 ? 1 : 5);
      var whole = q.toLowerCase();
      var fixed = [];
      var lookups = chosen.map(function (w) { return lookupOrNear(w, typing && w === last && w.length < 12, fixed); });
      var id = /^[a-z0-9][a-z0-9._-]*$/.test(whole) && /[-._]/.test(whole) ? lookup(whole, false) : Promise.resolve({});
      var phrase = Promise.all(pairs.map(function (p) { return lookup(p, false); }));
      return Promise.all([Promise.all(lookups), id, phrase]).then(function (r) {
        var sets = r[0], idScores = r[1], pairSets = r[2], total = {}, count = {};
        sets.forEach(function (s) { for (var d in s) { total[d] = (total[d] || 0) + s[d]; count[d] = (count[d] || 0) + 1; } });
        for (var d in idScores) { total[d] = (total[d] || 0) + 100000; count[d] = sets.length; }
        if (pairSets.length) {
          var inAll = {};
          for (var d in pairSets[0]) { inAll[d] = true; }
          pairSets.slice(1).forEach(function (s) { for (var d in inAll) { if (!(d in s)) { delete inAll[d]; } } });
          for (var d in inAll) { total[d] = (total[d] || 0) + 50000; count[d] = sets.length; }
        }
        var all = Object.keys(total).map(Number);
        var exact = all.filter(function (d) { return count[d] === sets.length; });
        var list = (exact.length ? exact : all).sort(function (a, b) { return total[b] - total[a] || a - b; });
        var result = { docs: list, partial: !exact.length && list.length > 0, words: words.concat(fixed), fixed: fixed.length > 0 };
        // Two entries with the same pairs of a long phrase: its other pairs decide, loaded only then.
        var rest = allPairs.filter(function (p) { return pairs.indexOf(p) < 0; });
        if (list.length < 2 || !rest.length || total[list[0]] !== total[list[1]]) { return result; }
        return Promise.all(rest.map(function (p) { return lookup(p, false); })).then(function (more) {
          more.forEach(function (s) { for (var d in s) { if (d in total) { total[d] += 1000; } } });
          list.sort(function (a, b) { return total[b] - total[a] || a - b; });
          return result;
        });
      });
    });
  }

  function describe(docs) {
    var size = state.manifest.chunk, chunks = {};
    docs.forEach(function (d) { chunks[Math.floor(d / size)] = true; });
    return Promise.all(Object.keys(chunks).map(function (k) { return load('d' + k); })).then(function () {
      return docs.map(function (d) { var c = state.docs[Math.floor(d / size)][d % size]; return c; });
    });
  }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text) { e.textContent = text; }
    return e;
  }

  /* Text with the words that match the query (or start with one of its words) marked. */
  function marked(parent, text, words) {
    var re = /[\p{L}\p{Nd}]+/gu, at = 0, m;
    while ((m = re.exec(text)) !== null) {
      var folded = tokens(m[0]).join('');
      var hit = words.some(function (w) { return w.length > 1 && folded.lastIndexOf(w, 0) === 0; });
      if (!hit) { continue; }
      if (m.index > at) { parent.appendChild(document.createTextNode(text.slice(at, m.index))); }
      parent.appendChild(el('mark', null, m[0]));
      at = m.index + m[0].length;
    }
    if (at < text.length) { parent.appendChild(document.createTextNode(text.slice(at))); }
    return parent;
  }

  var input = document.getElementById('q');
  var status = document.getElementById('search_status');
  var results = document.getElementById('search_results');
  var more = document.getElementById('search_more');
  if (!input || !status || !results) { return; }
  var root = document.documentElement;
  var lang = root.lang || 'en';
  var plurals = window.Intl && Intl.PluralRules ? new Intl.PluralRules(lang) : null;
  var numbers = window.Intl && Intl.NumberFormat ? new Intl.NumberFormat(lang) : null;
  var text = { none: root.getAttribute('data-search-none') || 'Nothing found for “{0}”',
    partial: root.getAttribute('data-search-partial') || 'No page has all the words; pages with some of them:',
    typo: root.getAttribute('data-search-typo') || 'No page has “{0}”; showing pages with similar words:' };
  function resultsText(n, query) {
    var category = plurals ? plurals.select(n) : (n === 1 ? 'one' : 'other');
    var t = root.getAttribute('data-search-results-' + category) || root.getAttribute('data-search-results-other')
      || '{0} results for “{1}”';
    return t.replace('{0}', numbers ? numbers.format(n) : String(n)).replace('{1}', query);
  }
  var current = [], shown = 0, seq = 0, words = [];
  /* Collection names in the page's language, given by the search page (the index has the default language's). */
  var labels = {};
  document.querySelectorAll('#search_labels [data-name]').forEach(function (li) { labels[li.getAttribute('data-name')] = li; });

  function format(t, a, b) { return t.replace('{0}', a).replace('{1}', b); }

  function show(from) {
    return describe(current.slice(from, from + PAGE)).then(function (docs) {
      docs.forEach(function (c) {
        var li = el('li'), a = marked(el('a'), c[0], words);
        a.href = base + c[3];
        li.appendChild(a);
        var name = (state.manifest.names || [])[c[1]], label = labels[name];
        var coll = el('span', 'collection', ' · ' + (label ? label.textContent : state.manifest.collections[c[1]]));
        if (label && label.lang) { coll.lang = label.lang; coll.dir = label.dir; }
        li.appendChild(coll);
        var summary = c[2] ? marked(el('span', 'summary'), c[2], words) : null;
        if (summary) { li.appendChild(summary); }
        /* An entry shown in the default language (no translation yet) says so. */
        if (c[5]) {
          [a, summary].forEach(function (e) { if (e) { e.lang = c[5]; e.dir = c[6] || 'auto'; } });
        }
        results.appendChild(li);
      });
      shown = from + docs.length;
      if (more) { more.hidden = shown >= current.length; }
    });
  }

  function run(query) {
    var mine = ++seq;
    if (!query.trim()) { results.textContent = ''; status.textContent = ''; if (more) { more.hidden = true; } return; }
    search(query).then(function (r) {
      if (mine !== seq) { return; }
      current = r.docs;
      words = r.words;
      results.textContent = '';
      status.textContent = r.docs.length ? (r.fixed ? format(text.typo, query.trim()) + ' ' : r.partial ? text.partial + ' ' : '')
        + resultsText(r.docs.length, query.trim()) : format(text.none, query.trim());
      return show(0);
    }).catch(function (e) { status.textContent = String(e.message || e); });
  }

  /* The query stays in the address (?q=…), so that a search can be shared or kept as a bookmark. */
  function remember(query) {
    try {
      var url = new URL(location.href);
      if (query.trim()) { url.searchParams.set('q', query.trim()); } else { url.searchParams.delete('q'); }
      history.replaceState(null, '', url.href);
    } catch (e) { /* some browsers refuse to change a file: address; the search works all the same */ }
  }

  var timer = null;
  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () { run(input.value); remember(input.value); }, 120);
  });
  input.form.addEventListener('submit', function (e) {
    e.preventDefault(); clearTimeout(timer); run(input.value + ' '); remember(input.value); results.focus();
  });
  if (more) { more.addEventListener('click', function () { show(shown); }); }
  var params = new URLSearchParams(location.search);
  if (params.get('q')) { input.value = params.get('q'); run(input.value + ' '); }
})();
