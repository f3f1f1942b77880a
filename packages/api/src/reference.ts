// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * A self-contained reference page: it reads ./openapi.json and lists every operation with its
 * parameters, roles and responses. No CDN, no external script or font.
 */
export function referencePage(): string {
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Zorghub API – referentie</title>
<style>
body{font-family:system-ui,sans-serif;margin:0;color:#1a1a1a;background:#fff;line-height:1.5}
header,main{max-width:60rem;margin:0 auto;padding:1rem}
header{border-bottom:2px solid #154273}
h1{color:#154273;margin:.2rem 0}
h2{border-bottom:1px solid #ccc;margin-top:2rem}
details{border:1px solid #ccc;border-radius:4px;margin:.5rem 0;padding:.4rem .8rem}
summary{cursor:pointer}
code,.m{font-family:ui-monospace,monospace}
.m{display:inline-block;min-width:4.5rem;font-weight:bold}
.GET{color:#0b5e0b}.POST{color:#154273}.PUT,.PATCH{color:#7a4a00}.DELETE{color:#a00}
table{border-collapse:collapse;width:100%}td,th{border:1px solid #ddd;padding:.2rem .4rem;text-align:left;vertical-align:top}
a{color:#154273}
</style>
</head>
<body>
<header><h1>Zorghub API</h1><p id="intro">Referentie, gemaakt uit <a href="./openapi.json">openapi.json</a> / Reference generated from the OpenAPI document.</p></header>
<main id="main" aria-live="polite"><p>Laden… / Loading…</p></main>
<script>
const esc = (s) => String(s ?? '').replace(/[&<>"']/g, (c) => ({'&':'&amp;','<':'&lt;','>':'&gt;','"':'&quot;',"'":'&#39;'}[c]));
fetch('./openapi.json').then((r) => r.json()).then((doc) => {
  const byTag = {};
  for (const [path, ops] of Object.entries(doc.paths)) for (const [method, op] of Object.entries(ops)) {
    (byTag[op.tags?.[0] ?? 'Overig'] ??= []).push({ path, method: method.toUpperCase(), op });
  }
  let html = '<p>Versie / version ' + esc(doc.info.version) + '. ' + esc(doc.info.description) + '</p>';
  for (const [tag, ops] of Object.entries(byTag)) {
    html += '<h2>' + esc(tag) + '</h2>';
    for (const { path, method, op } of ops) {
      const params = (op.parameters ?? []).filter((p) => p.name).map((p) => '<tr><td><code>' + esc(p.name) + '</code></td><td>' + esc(p.in) + '</td><td>' + esc(p.description) + '</td></tr>').join('');
      const roles = op['x-roles'] ? '<p>Rollen / roles: ' + op['x-roles'].map(esc).join(', ') + '</p>' : '';
      const log = op['x-access-log'] ? '<p>Toegangslog (NEN 7513): ' + esc(op['x-access-log']) + '</p>' : '';
      const body = op.requestBody ? '<p>Body: <code>' + esc(JSON.stringify(Object.values(op.requestBody.content)[0].schema)) + '</code></p>' : '';
      html += '<details><summary><span class="m ' + method + '">' + method + '</span> <code>' + esc(path) + '</code> – ' + esc(op.summary) + '</summary>'
        + roles + log + (params ? '<table><tr><th>naam / name</th><th>in</th><th>omschrijving / description</th></tr>' + params + '</table>' : '')
        + body + '<p>Antwoorden / responses: ' + Object.keys(op.responses).map(esc).join(', ') + '</p></details>';
    }
  }
  html += '<h2>Schema\\'s</h2><ul>' + Object.keys(doc.components.schemas).map((n) => '<li><code>' + esc(n) + '</code></li>').join('') + '</ul>';
  document.getElementById('main').innerHTML = html;
}).catch(() => { document.getElementById('main').textContent = 'openapi.json kon niet worden geladen / could not be loaded'; });
</script>
</body>
</html>
`;
}
