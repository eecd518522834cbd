package io.github.faqkit.report;

/** The inline style sheet and script of {@code report.html} (no external resources, so it works offline). */
final class HtmlAssets {
    private HtmlAssets() {}

    static final String CSS = """
            :root{--err:#b3261e;--warn:#9a6700;--info:#0b57d0;--bg:#fff;--fg:#1f2328;--mut:#59636e;--line:#d1d9e0}
            *{box-sizing:border-box}
            body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg);margin:0}
            header,main{max-width:1100px;margin:0 auto;padding:0 24px}
            header{padding-top:16px;border-bottom:1px solid var(--line)}
            h1{font-size:24px;margin:8px 0}h2{font-size:20px;margin:24px 0 8px}h3{font-size:16px;margin:16px 0 8px}
            .meta{color:var(--mut);margin:0 0 12px}
            .summary{display:flex;gap:12px;margin:0 0 16px;flex-wrap:wrap}
            .stat{border:1px solid var(--line);border-radius:8px;padding:6px 14px;min-width:96px}
            .stat dt{font-size:12px;color:var(--mut);text-transform:uppercase}.stat dd{margin:0;font-size:22px;font-weight:600}
            .stat-error dd{color:var(--err)}.stat-warning dd{color:var(--warn)}.stat-info dd{color:var(--info)}
            .filters{display:flex;gap:16px;align-items:center;flex-wrap:wrap;padding:8px 0;position:sticky;top:0;background:var(--bg);border-bottom:1px solid var(--line)}
            .filters label{cursor:pointer}.filters select{font:inherit}
            #shown{color:var(--mut)}
            .page{margin:16px 0}.page h3 .n{color:var(--mut);font-weight:400}
            .finding{border:1px solid var(--line);border-left:4px solid var(--mut);border-radius:6px;padding:8px 12px;margin:8px 0}
            .sev-error{border-left-color:var(--err)}.sev-warning{border-left-color:var(--warn)}.sev-info{border-left-color:var(--info)}
            .finding p{margin:2px 0}.head .loc{color:var(--mut);font-family:ui-monospace,monospace;font-size:13px}
            .badge{display:inline-block;font-size:12px;font-weight:600;border-radius:10px;padding:0 8px;color:#fff;background:var(--mut)}
            .sev-error .badge{background:var(--err)}.sev-warning .badge{background:var(--warn)}.sev-info .badge{background:var(--info)}
            .rule{font-weight:600;color:inherit}.hint{color:var(--mut)}.hint::before{content:"Fix: ";font-weight:600}
            .also{color:var(--mut);font-size:13px}ul.absorbed{margin:2px 0;padding-left:20px;color:var(--mut);font-size:13px}
            pre.src{background:#f6f8fa;border-radius:6px;padding:6px 0;overflow-x:auto;font-size:13px;margin:6px 0 2px}
            pre.src .l{display:block;padding:0 10px;min-height:1.5em}pre.src .hit{background:#fff1c2}
            pre.src .ln{display:inline-block;width:3.5em;color:var(--mut);user-select:none}
            .clean{color:#1a7f37;font-weight:600}
            .tree{list-style:none;padding-left:18px}.tree ul{list-style:none;padding-left:22px;border-left:1px dotted var(--line)}
            .tree li{margin:2px 0}.tree .url{color:var(--mut);font-size:13px}.tree .path{font-size:12px;color:var(--mut)}
            .tree .title{font-weight:600}.mark{font-size:12px;font-weight:600;color:#fff;background:var(--err);border-radius:10px;padding:0 8px}
            .hidden{display:none}
            """;

    static final String SCRIPT = """
            (function () {
              'use strict';
              var findings = Array.prototype.slice.call(document.querySelectorAll('.finding'));
              var box = document.getElementById('filters');
              if (!box) { return; }
              if (findings.length === 0) { box.className += ' hidden'; return; }
              var severities = ['error', 'warning', 'info'];
              var rules = [];
              findings.forEach(function (f) {
                var r = f.getAttribute('data-rule');
                if (rules.indexOf(r) < 0) { rules.push(r); }
              });
              rules.sort();
              var checks = {};
              severities.forEach(function (s) {
                var n = findings.filter(function (f) { return f.getAttribute('data-severity') === s; }).length;
                var label = document.createElement('label');
                var cb = document.createElement('input');
                cb.type = 'checkbox'; cb.checked = true; cb.id = 'filter-' + s; cb.disabled = n === 0;
                cb.addEventListener('change', apply);
                label.appendChild(cb);
                label.appendChild(document.createTextNode(' ' + s + ' (' + n + ')'));
                box.appendChild(label);
                checks[s] = cb;
              });
              var select = document.createElement('select');
              select.id = 'filter-rule';
              var all = document.createElement('option');
              all.value = ''; all.textContent = 'all rules';
              select.appendChild(all);
              rules.forEach(function (r) {
                var o = document.createElement('option');
                o.value = r;
                o.textContent = r + ' (' + findings.filter(function (f) { return f.getAttribute('data-rule') === r; }).length + ')';
                select.appendChild(o);
              });
              select.addEventListener('change', apply);
              box.appendChild(select);
              var shown = document.createElement('span');
              shown.id = 'shown';
              box.appendChild(shown);
              function apply() {
                var visible = 0;
                findings.forEach(function (f) {
                  var ok = checks[f.getAttribute('data-severity')].checked
                    && (select.value === '' || select.value === f.getAttribute('data-rule'));
                  f.classList.toggle('hidden', !ok);
                  if (ok) { visible++; }
                });
                document.querySelectorAll('section.page').forEach(function (p) {
                  p.classList.toggle('hidden', p.querySelectorAll('.finding:not(.hidden)').length === 0);
                });
                shown.textContent = visible + ' of ' + findings.length + ' findings shown';
              }
              apply();
            })();
            """;
}
