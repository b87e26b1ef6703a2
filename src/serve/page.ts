import { escapeHtml } from "./preview-html.js";

/**
 * The page's shell: the script builds the rest from the API. The token rides in a meta tag, for
 * the script's API calls; the page itself is served only to a browser that holds the cookie.
 */
export function pageHtml(token: string, version: string): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="clausewright-token" content="${escapeHtml(token)}">
<title>clausewright</title>
<link rel="stylesheet" href="/assets/app.css">
</head>
<body>
<header class="bar">
  <a class="brand" href="#">clausewright</a>
  <span class="version">${escapeHtml(version)}</span>
  <span id="deal-name" class="deal-name"></span>
  <span class="spacer"></span>
  <span id="bar-tools"></span>
  <label class="lang-switch">Language / 语言
    <select id="ui-lang"><option value="zh">中文</option><option value="en">English</option></select>
  </label>
</header>
<main id="app"><p class="loading">…</p></main>
<noscript>clausewright serve needs JavaScript in this browser. / 本页面需要启用 JavaScript。</noscript>
<script type="module" src="/assets/app.js"></script>
</body>
</html>
`;
}
