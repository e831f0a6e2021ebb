// Regioplan page: search with facets, the targets table, the region x theme matrix. Plain DOM, no libraries,
// and nothing is ever put into the page as HTML: text always goes in as text, so plan text cannot inject markup.
'use strict';

const PAGE_SIZE = 20;
const FACETS = [
  ['region', 'Regio'], ['theme', 'Thema'], ['type', 'Soort document'], ['year', 'Jaar'], ['party', 'Partij'],
];
const FACET_SHOWN = 8;
const KINDS = { outcome: 'Resultaat', milestone: 'Mijlpaal', ambition: 'Ambitie' };
/* How a reader writes a target's comparison: "maximaal 20%", "daling van 100.000", "binnen de norm". */
const COMPARATORS = {
  eq: '', '=': '', le: 'maximaal ', '<=': 'maximaal ', lt: 'minder dan ', '<': 'minder dan ',
  ge: 'minimaal ', '>=': 'minimaal ', gt: 'meer dan ', '>': 'meer dan ',
  decrease: 'daling van ', increase: 'stijging van ',
};
const COMPARATORS_ALONE = { decrease: 'daling', increase: 'stijging', within_norm: 'binnen de norm' };
const UNITS = { percent: '%', percentage_point: 'procentpunt', euro: 'euro', count: '' };
/* Document types as the catalogue codes them, in the words of a Dutch reader. */
const DOCUMENT_TYPES = {
  agreement: 'akkoord', nat_akkoord: 'landelijk akkoord', regioplan: 'regioplan',
  implementation_framework: 'uitvoeringskader', framework: 'kader', template: 'sjabloon', assignment: 'opdracht',
  regional_board_report: 'bestuursrapportage regio', regional_budget: 'regionale begroting',
  regional_budget_framework: 'regionaal begrotingskader', regional_statistics_tablebook: 'regionaal tabellenboek',
  regional_project_plan: 'regionaal projectplan', regional_project_evaluation: 'evaluatie regionaal project',
  regional_report: 'regionaal rapport', research_report: 'onderzoeksrapport', government_letter: 'brief van de regering',
  ministerial_letter: 'brief van de minister', kamerbrief: 'Kamerbrief', members_letter: 'ledenbrief',
  municipal_council_proposal: 'raadsvoorstel', municipal_council_memo: 'raadsinformatiebrief',
  municipal_program_plan: 'gemeentelijk programmaplan', municipal_policy: 'gemeentelijk beleid',
  municipal_evaluation_plan: 'gemeentelijk evaluatieplan', municipal_decision_list: 'besluitenlijst gemeente',
  municipal_budget_change: 'begrotingswijziging gemeente', provincial_information_memo: 'informatienota provincie',
  provider_policy_plan: 'beleidsplan zorgaanbieder', implementation_plan: 'uitvoeringsplan', process_note: 'procesnotitie',
};
const NATIONAL = 'Landelijk';

const nf = new Intl.NumberFormat('nl-NL');
const $ = (selector) => document.querySelector(selector);

const themeLabels = {};
const documents = {};
const search = { q: '', filters: {}, page: 1, seq: 0, expanded: {} };
const targets = { all: null, shown: [], sort: { key: 'region', dir: 1 } };
let matrixLoaded = false;

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (name === 'class') node.className = value;
    else if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined) node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

async function getJson(url) {
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(body.error || `de server antwoordde ${response.status}`);
  return body;
}

function pdfLink(doc, page, text) {
  return el('a', {
    href: `/api/documents/${encodeURIComponent(doc)}/pdf#page=${page}`, target: '_blank', rel: 'noopener',
    title: `Open de PDF op pagina ${page} (nieuw tabblad)`,
  }, text);
}

function titleOf(doc) {
  const entry = documents[doc];
  return entry && entry.title ? entry.title : doc;
}

function typeLabel(code) {
  if (!code) return '';
  return DOCUMENT_TYPES[code] || code.replace(/_/g, ' ');
}

function facetLabel(facet, value) {
  if (facet === 'theme' && themeLabels[value]) return `${value} · ${themeLabels[value]}`;
  if (facet === 'type') return typeLabel(value);
  return value;
}

function setMessage(node, text, isError = false) {
  node.textContent = text;
  node.classList.toggle('error', isError);
}

/* ---------- tabs ---------- */

const TABS = ['search', 'targets', 'themes'];
const TAB_NAMES = { search: 'zoeken', targets: 'doelen', themes: 'themas' };

function currentTab() {
  return TABS.find((tab) => $(`#tab-${tab}`).getAttribute('aria-selected') === 'true');
}

/* The address says which tab and which search is shown, so Back, reload and a shared link all work. */
function addressOfView() {
  const tab = currentTab();
  if (tab !== 'search') return `#${TAB_NAMES[tab]}`;
  const params = searchParams().toString();
  return params ? `#zoeken?${params}` : '#zoeken';
}

function remember() {
  const address = addressOfView();
  if (location.hash !== address) history.pushState(null, '', address);
}

/** Restores the view the address names; true when it names a search to run. */
function restore() {
  const [name, query] = location.hash.slice(1).split('?');
  const tab = TABS.find((t) => TAB_NAMES[t] === name) || 'search';
  const params = new URLSearchParams(query || '');
  search.q = params.get('q') || '';
  $('#q').value = search.q;
  search.filters = {};
  for (const [facet] of FACETS) if (params.get(facet)) search.filters[facet] = params.get(facet);
  search.page = Math.max(1, Number.parseInt(params.get('page'), 10) || 1);
  showTab(tab);
}

function showTab(name, focus = false) {
  for (const tab of TABS) {
    const button = $(`#tab-${tab}`);
    const selected = tab === name;
    button.setAttribute('aria-selected', String(selected));
    button.tabIndex = selected ? 0 : -1;
    $(`#panel-${tab}`).hidden = !selected;
    if (selected && focus) button.focus();
  }
  if (name === 'targets' && targets.all === null) loadTargets();
  if (name === 'themes' && !matrixLoaded) loadMatrix();
}

function initTabs() {
  TABS.forEach((tab, i) => {
    const button = $(`#tab-${tab}`);
    button.addEventListener('click', () => { showTab(tab); remember(); });
    button.addEventListener('keydown', (event) => {
      const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
      if (!step) return;
      event.preventDefault();
      showTab(TABS[(i + step + TABS.length) % TABS.length], true);
      remember();
    });
  });
}

/* ---------- search ---------- */

function searchParams() {
  const params = new URLSearchParams();
  if (search.q) params.set('q', search.q);
  for (const [facet, value] of Object.entries(search.filters)) params.set(facet, value);
  if (search.page > 1) params.set('page', search.page);
  return params;
}

function describeSearch() {
  const parts = [];
  if (search.q) parts.push(`„${search.q}”`);
  for (const [facet, value] of Object.entries(search.filters)) {
    const name = FACETS.find(([f]) => f === facet)[1].toLowerCase();
    parts.push(`${name} ${facetLabel(facet, value)}`);
  }
  return parts.join(', ');
}

async function runSearch({ record = true } = {}) {
  if (record) remember();
  const seq = ++search.seq;
  const message = $('#search-message');
  setMessage(message, 'Zoeken…');
  $('#hits').setAttribute('aria-busy', 'true');
  renderChips();
  try {
    const result = await getJson(`/api/search?${searchParams()}`);
    if (seq !== search.seq) return;
    renderHits(result);
    renderFacets(result.facets || {});
    renderPager(result.hitCount);
  } catch (error) {
    if (seq !== search.seq) return;
    $('#hits').replaceChildren();
    $('#pager').replaceChildren();
    setMessage(message, `Zoeken lukte niet: ${error.message}`, true);
  } finally {
    if (seq === search.seq) $('#hits').removeAttribute('aria-busy');
  }
}

function renderHits(result) {
  const message = $('#search-message');
  const what = describeSearch();
  if (result.total === 0) {
    setMessage(message, what ? `Geen resultaten voor ${what}.` : 'Geen passages gevonden: is er al iets ingelezen?');
  } else {
    // a hit is a page of a plan (its best passage), so the pages of results divide the hits, not the passages
    const first = (search.page - 1) * PAGE_SIZE + 1;
    const last = first + result.hits.length - 1;
    const range = result.hitCount > PAGE_SIZE ? ` (${nf.format(first)}–${nf.format(last)})` : '';
    const pages = `${nf.format(result.hitCount)} ${result.hitCount === 1 ? 'pagina' : "pagina's"}`;
    const passages = `${nf.format(result.total)} ${result.total === 1 ? 'passage' : 'passages'}`;
    setMessage(message, what
      ? `${pages} met ${passages} voor ${what}${range}`
      : `Alle ${passages}, op ${pages}${range}. Typ een zoekterm of kies een filter.`);
  }
  $('#hits').replaceChildren(...result.hits.map(renderHit));
}

function renderHit(hit) {
  const title = hit.title || titleOf(hit.doc);
  return el('li', { class: 'hit' },
    el('h3', {}, pdfLink(hit.doc, hit.page, title)),
    el('p', { class: 'meta' },
      hit.region ? el('span', {}, `Regio: ${hit.region}`) : null,
      hit.type ? el('span', {}, typeLabel(hit.type)) : null,
      el('span', {}, pdfLink(hit.doc, hit.page, `pagina ${hit.page}`))),
    el('p', { class: 'snippet' }, snippetNodes(hit.snippet || '')));
}

/**
 * The snippet is HTML from the index: escaped plan text with matches in <mark>. Parse it inertly (DOMParser runs
 * no scripts) and keep only text and marks, so even a broken snippet cannot put markup into the page.
 */
function snippetNodes(snippet) {
  const body = new DOMParser().parseFromString(snippet, 'text/html').body;
  return [...body.childNodes].map((node) => (node.nodeName === 'MARK'
    ? el('mark', {}, node.textContent) : document.createTextNode(node.textContent)));
}

function toggleFilter(facet, value) {
  if (search.filters[facet] === value) delete search.filters[facet];
  else search.filters[facet] = value;
  search.page = 1;
  runSearch();
}

function renderChips() {
  const chips = Object.entries(search.filters).map(([facet, value]) => {
    const name = FACETS.find(([f]) => f === facet)[1];
    return el('button', {
      type: 'button', class: 'chip', 'aria-label': `Filter ${name}: ${facetLabel(facet, value)} weghalen`,
      onclick: () => toggleFilter(facet, value),
    }, `${name}: ${facetLabel(facet, value)}`);
  });
  $('#active-filters').replaceChildren(...chips);
}

function renderFacets(facets) {
  const groups = [];
  for (const [facet, name] of FACETS) {
    const counts = { ...(facets[facet] || {}) };
    const selected = search.filters[facet];
    if (selected !== undefined && !(selected in counts)) counts[selected] = 0;
    let values = Object.keys(counts);
    if (values.length === 0) continue;
    values.sort(facet === 'year' ? (a, b) => b.localeCompare(a) : (a, b) => counts[b] - counts[a] || a.localeCompare(b));
    const expanded = search.expanded[facet] || values.length <= FACET_SHOWN + 2;
    const shown = expanded ? values : values.slice(0, FACET_SHOWN);
    if (selected !== undefined && !shown.includes(selected)) shown.unshift(selected);
    const id = `facet-${facet}`;
    groups.push(el('h2', { id }, name));
    groups.push(el('ul', { 'aria-labelledby': id }, shown.map((value) => el('li', {},
      el('button', {
        type: 'button', class: 'facet-value', 'aria-pressed': String(selected === value),
        'data-facet': facet, 'data-value': value, onclick: () => toggleFilter(facet, value),
      }, el('span', { class: 'label' }, facetLabel(facet, value)), el('span', { class: 'count' }, nf.format(counts[value])))))));
    if (!expanded) {
      groups.push(el('button', {
        type: 'button', class: 'facet-more',
        onclick: () => { search.expanded[facet] = true; renderFacets(facets); },
      }, `Toon alle ${values.length}`));
    }
  }
  $('#facets').replaceChildren(...groups);
}

function renderPager(hitCount) {
  const pages = Math.ceil(hitCount / PAGE_SIZE);
  if (pages <= 1) {
    $('#pager').replaceChildren();
    return;
  }
  const go = (page) => () => { search.page = page; runSearch(); $('#search-message').scrollIntoView(); };
  $('#pager').replaceChildren(
    el('button', { type: 'button', disabled: search.page <= 1, onclick: go(search.page - 1) }, '‹ Vorige'),
    el('span', {}, `Pagina ${search.page} van ${nf.format(pages)}`),
    el('button', { type: 'button', disabled: search.page >= pages, onclick: go(search.page + 1) }, 'Volgende ›'));
}

function initSearch() {
  $('#search-form').addEventListener('submit', (event) => {
    event.preventDefault();
    search.q = $('#q').value.trim();
    search.page = 1;
    runSearch();
  });
}

/* ---------- targets ---------- */

function deadlineYear(target) {
  if (typeof target.deadline === 'number') return target.deadline;
  if (typeof target.deadline === 'string' && /^\d{4}/.test(target.deadline)) return Number(target.deadline.slice(0, 4));
  return null;
}

function regionOf(target) {
  return target.region || (documents[target.doc] && documents[target.doc].region) || NATIONAL;
}

function valueText(target) {
  const code = target.comparator;
  if (target.quantity === null || target.quantity === undefined) return COMPARATORS_ALONE[code] || '';
  const unit = target.unit in UNITS ? UNITS[target.unit] : (target.unit || '');
  const comparator = code in COMPARATORS ? COMPARATORS[code] : (COMPARATORS_ALONE[code] ? `${COMPARATORS_ALONE[code]} ` : '');
  const amount = unit === 'euro' ? `€ ${nf.format(target.quantity)}` : nf.format(target.quantity);
  return `${comparator}${amount}${unit === '%' ? '%' : unit && unit !== 'euro' ? ` ${unit}` : ''}`;
}

const SORT_KEYS = {
  region: regionOf,
  text: (t) => t.text || '',
  kind: (t) => KINDS[t.kind] || t.kind || '',
  year: deadlineYear,
  quantity: (t) => t.quantity,
  themes: (t) => (t.themes || []).join(' '),
  doc: (t) => `${titleOf(t.doc)}\u0000${String(t.page).padStart(5, '0')}`,
};

async function loadTargets() {
  targets.all = [];
  setMessage($('#targets-message'), 'Doelen laden…');
  try {
    targets.all = await getJson('/api/targets');
    fillTargetFilters();
    renderTargets();
    renderMeasurability(await getJson('/api/measurability'));
  } catch (error) {
    targets.all = null;
    setMessage($('#targets-message'), `Doelen laden lukte niet: ${error.message}`, true);
  }
}

function renderMeasurability(rows) {
  const share = (n, total) => (total ? `${Math.round((100 * n) / total)}%` : '–');
  $('#measurability-table tbody').replaceChildren(...rows.map((m) => el('tr', {},
    el('td', {}, m.region || 'Landelijk'), el('td', {}, titleOf(m.doc)), el('td', {}, String(m.targets)),
    el('td', {}, share(m.withDeadline, m.targets)), el('td', {}, share(m.withQuantity, m.targets)),
    el('td', {}, share(m.withBaseline, m.targets)), el('td', {}, share(m.withParty, m.targets)))));
}

function fillSelect(select, values, label = (v) => v) {
  const first = select.options[0];
  select.replaceChildren(first, ...values.map((v) => el('option', { value: v }, label(v))));
}

function fillTargetFilters() {
  const form = $('#target-filters');
  const unique = (f) => [...new Set(targets.all.flatMap(f).filter((v) => v !== null && v !== ''))];
  fillSelect(form.region, unique((t) => [regionOf(t)]).sort((a, b) => a.localeCompare(b, 'nl')));
  fillSelect(form.theme, unique((t) => t.themes || []).sort(), (c) => facetLabel('theme', c));
  fillSelect(form.kind, unique((t) => [t.kind]).sort(), (k) => KINDS[k] || k);
  fillSelect(form.year, unique((t) => [deadlineYear(t)]).sort().map(String));
}

function targetFilter() {
  const form = $('#target-filters');
  const words = form.text.value.toLowerCase().split(/\s+/).filter(Boolean);
  return (t) => (!form.region.value || regionOf(t) === form.region.value)
    && (!form.theme.value || (t.themes || []).includes(form.theme.value))
    && (!form.kind.value || t.kind === form.kind.value)
    && (!form.year.value || String(deadlineYear(t)) === form.year.value)
    && words.every((w) => `${t.text} ${t.subject || ''}`.toLowerCase().includes(w));
}

function compareBy(key, dir) {
  const value = SORT_KEYS[key];
  return (a, b) => {
    const x = value(a);
    const y = value(b);
    // Empty cells go last whichever way the column is sorted.
    if (x === null || x === undefined || x === '') return (y === null || y === undefined || y === '') ? 0 : 1;
    if (y === null || y === undefined || y === '') return -1;
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'nl');
    return dir * order;
  };
}

function renderTargets() {
  if (!targets.all) return;
  const { key, dir } = targets.sort;
  targets.shown = targets.all.filter(targetFilter()).sort(compareBy(key, dir));
  for (const th of document.querySelectorAll('#targets-table th')) {
    th.setAttribute('aria-sort', th.dataset.key === key ? (dir > 0 ? 'ascending' : 'descending') : 'none');
  }
  const total = targets.all.length;
  const shown = targets.shown.length;
  setMessage($('#targets-message'), total === 0 ? 'Nog geen doelen: lees eerst plannen in.'
    : shown === 0 ? 'Geen doelen met deze filters.'
      : shown === total ? `${nf.format(total)} doelen` : `${nf.format(shown)} van ${nf.format(total)} doelen`);
  $('#download-csv').disabled = shown === 0;
  $('#download-xlsx').disabled = shown === 0;
  $('#targets-table tbody').replaceChildren(...targets.shown.map((t) => el('tr', {},
    el('td', {}, regionOf(t)),
    el('td', { class: 'text' }, t.text),
    el('td', {}, el('span', { class: 'kind' }, KINDS[t.kind] || t.kind || '')),
    el('td', { class: 'num' }, deadlineYear(t) ?? ''),
    el('td', { class: 'num' }, valueText(t)),
    el('td', {}, (t.themes || []).flatMap((code, i) => [i ? ', ' : null,
      el('abbr', { title: themeLabels[code] || code }, code)])),
    el('td', {}, titleOf(t.doc), ', ', pdfLink(t.doc, t.page, `p. ${t.page}`)))));
}

/** The rows the filters select, as the export command writes them: Excel-NL CSV (BOM, ';', decimal comma) or XLSX. */
function download(format) {
  const form = $('#target-filters');
  const params = new URLSearchParams();
  for (const name of ['region', 'theme', 'kind', 'year', 'text']) if (form[name].value.trim()) params.set(name, form[name].value.trim());
  params.set('format', format);
  const link = el('a', { href: `/api/targets?${params}`, download: format === 'xlsx' ? 'regioplan-doelen.xlsx' : 'regioplan-doelen.csv' });
  document.body.append(link);
  link.click();
  link.remove();
}

function initTargets() {
  const form = $('#target-filters');
  form.addEventListener('input', renderTargets);
  form.addEventListener('change', renderTargets);
  form.addEventListener('submit', (event) => event.preventDefault());
  $('#download-csv').addEventListener('click', () => download('excel-nl'));
  $('#download-xlsx').addEventListener('click', () => download('xlsx'));
  for (const th of document.querySelectorAll('#targets-table th')) {
    th.querySelector('button').addEventListener('click', () => {
      const { key, dir } = targets.sort;
      targets.sort = { key: th.dataset.key, dir: key === th.dataset.key ? -dir : 1 };
      renderTargets();
    });
  }
}

/* ---------- theme matrix ---------- */

function heat(value, max) {
  if (!value) return { background: '#f3f5f8', color: '#56606d' };
  const share = Math.sqrt(value / max);
  const lightness = 94 - share * 60;
  return { background: `hsl(210, 75%, ${lightness}%)`, color: lightness < 55 ? '#ffffff' : '#1b2430' };
}

async function loadMatrix() {
  matrixLoaded = true;
  const message = $('#matrix-message');
  setMessage(message, "Thema's laden…");
  try {
    const matrix = await getJson('/api/themes/matrix');
    for (const theme of matrix.themes) themeLabels[theme.code] = theme.label;
    renderMatrix(matrix);
  } catch (error) {
    matrixLoaded = false;
    setMessage(message, `Thema's laden lukte niet: ${error.message}`, true);
  }
}

const pct = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

function renderMatrix(matrix) {
  const message = $('#matrix-message');
  if (matrix.rows.length === 0) {
    setMessage(message, 'Nog geen thema\'s: lees eerst plannen in.');
    $('#matrix').replaceChildren();
    return;
  }
  const share = matrix.measure === 'share';
  const shown = (value) => (share ? `${pct.format(value)}%` : nf.format(value));
  setMessage(message, `${matrix.rows.length} regio's × ${matrix.themes.length} thema's; `
    + (share ? 'getal = deel van de planpagina\'s van de regio over het thema. Wijs een vak aan voor het aantal passages.'
      : 'getal = passages over het thema.'));
  const max = Math.max(share ? 0.1 : 1, ...matrix.rows.flatMap((r) => r.values));
  const head = el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Regio'),
    matrix.themes.map((t) => el('th', { scope: 'col', title: t.description || t.label },
      el('span', { class: 'label' }, t.label), el('abbr', { title: t.description || t.label }, t.code)))));
  const body = el('tbody', {}, matrix.rows.map((row) => el('tr', {},
    el('th', { scope: 'row', title: `${nf.format(row.documents)} documenten, ${nf.format(row.pages)} pagina's` }, row.region),
    row.values.map((value, i) => {
      const theme = matrix.themes[i];
      const passages = row.passages[i];
      const colours = heat(value, max);
      const counts = `${nf.format(passages)} passages`;
      const cell = el('button', {
        type: 'button', class: passages ? 'cell' : 'cell zero', 'data-region': row.region, 'data-theme': theme.code,
        'data-passages': passages, title: share ? `${shown(value)} van de pagina's · ${counts}` : counts,
        'aria-label': `${row.region}, ${theme.label}: ${share ? `${shown(value)} van de pagina's, ` : ''}${counts}. Toon de passages.`,
        onclick: () => drillDown(row.region, theme.code),
      }, shown(value));
      cell.style.background = colours.background;
      cell.style.color = colours.color;
      return el('td', {}, cell);
    }))));
  $('#matrix').replaceChildren(el('caption', { class: 'visually-hidden' },
    share ? "Deel van de planpagina's per regio en IZA-thema" : 'Passages per regio en IZA-thema'), head, body);
  const ramp = el('span', { class: 'ramp' });
  ramp.style.background = `linear-gradient(to right, ${heat(max / 100, max).background}, ${heat(max, max).background})`;
  $('#matrix-legend').replaceChildren(el('span', {}, 'weinig'), ramp, el('span', {}, `veel (${shown(max)})`));
}

function drillDown(region, theme) {
  search.q = '';
  $('#q').value = '';
  search.filters = { region, theme };
  search.page = 1;
  showTab('search');
  runSearch();
  $('#search-message').focus({ preventScroll: true });
}

/* ---------- start ---------- */

async function loadStatus() {
  try {
    const status = await getJson('/api/status');
    $('#status').textContent = `${nf.format(status.documents)} documenten · ${nf.format(status.pages)} pagina's · `
      + `${nf.format(status.records.targets)} doelen`;
  } catch (error) {
    $('#status').textContent = `Status onbekend: ${error.message}`;
  }
}

async function loadLookups() {
  const [catalog, matrix] = await Promise.allSettled([getJson('/api/documents'), getJson('/api/themes/matrix')]);
  if (catalog.status === 'fulfilled') for (const entry of catalog.value) documents[entry.doc] = entry;
  if (matrix.status === 'fulfilled') for (const theme of matrix.value.themes) themeLabels[theme.code] = theme.label;
}

document.addEventListener('DOMContentLoaded', async () => {
  $('#search-message').tabIndex = -1;
  initTabs();
  initSearch();
  initTargets();
  loadStatus();
  await loadLookups();
  restore();
  runSearch({ record: false });
  window.addEventListener('popstate', () => {
    restore();
    runSearch({ record: false });
  });
});
