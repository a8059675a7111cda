// The explorer's shell: reads the URL, loads that page (at most two API requests), and routes
// links inside /explore without reloading, so each page keeps its own bookmarkable URL.

import './styles.css';
import { h } from './dom';
import { ApiError, apiKey } from './graphql';
import type { PageLoader, PageView } from './page';
import { heading } from './page';
import { actorPage } from './pages/actor';
import { claimPage } from './pages/claim';
import { searchPage } from './pages/search';
import { sourcePage } from './pages/source';
import { statementPage } from './pages/statement';
import { BASE, type Route, routeOf, searchUrl } from './routes';

const LOADERS: { [P in Exclude<Route['page'], 'not-found'>]: PageLoader<Extract<Route, { page: P }>> } = {
  search: searchPage,
  actor: actorPage,
  statement: statementPage,
  claim: claimPage,
  source: sourcePage,
};

function notFound(what: string, detail: string): PageView {
  return {
    title: 'Not found',
    content: h(
      'div',
      { class: 'not-found' },
      heading(`This ${what} is not in the graph`, 'Not found'),
      h('p', {}, detail),
      h('p', {}, h('a', { href: BASE }, 'Search the graph'), ' instead.'),
    ),
  };
}

/** A server that requires a key for reads: ask for one, keep it for this tab, and try again. */
function keyRequired(error: ApiError, retry: () => void): PageView {
  const input = h('input', { id: 'api-key', type: 'password', autocomplete: 'off', required: true });
  const form = h(
    'form',
    { class: 'key-form' },
    h('label', { for: 'api-key' }, 'API key'),
    input,
    h('button', { type: 'submit' }, 'Read with this key'),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    apiKey.set(input.value.trim());
    retry();
  });
  const hadKey = apiKey.get() !== null;
  return {
    title: 'API key required',
    content: h(
      'div',
      { class: 'failure' },
      heading('This server needs an API key to read', 'Key required'),
      h(
        'p',
        { role: 'alert' },
        hadKey ? `The key was refused: ${error.message}` : 'Ask its operator for a reader key.',
      ),
      form,
    ),
  };
}

function failure(error: unknown, retry: () => void): PageView {
  const message = error instanceof Error ? error.message : String(error);
  const code = error instanceof ApiError ? error.code : 'UNEXPECTED';
  const again = h('button', { type: 'button' }, 'Try again');
  again.addEventListener('click', retry);
  return {
    title: 'Something went wrong',
    content: h(
      'div',
      { class: 'failure', role: 'alert' },
      heading('This page could not be loaded', 'Error'),
      h('p', {}, message),
      h('p', { class: 'aside' }, `Code: ${code}`),
      again,
    ),
  };
}

const main = document.getElementById('main') as HTMLElement;
const searchBox = document.getElementById('q') as HTMLInputElement;
let current: AbortController | undefined;
let shown: PageView | undefined;

async function show(route: Route): Promise<void> {
  current?.abort();
  const controller = new AbortController();
  current = controller;
  searchBox.value = route.page === 'search' ? route.query : searchBox.value;
  main.setAttribute('aria-busy', 'true');
  main.replaceChildren(h('p', { class: 'loading', role: 'status' }, 'Loading…'));
  let view: PageView;
  try {
    view =
      route.page === 'not-found'
        ? notFound('page', `Nothing lives at ${route.path}.`)
        : await (LOADERS[route.page] as PageLoader<Route>)(route, { signal: controller.signal });
  } catch (error) {
    if (controller.signal.aborted) return;
    const retry = () => void show(route);
    view =
      error instanceof ApiError && error.code === 'NOT_FOUND'
        ? notFound(route.page === 'search' ? 'page' : route.page, error.message)
        : error instanceof ApiError && (error.code === 'UNAUTHENTICATED' || error.code === 'FORBIDDEN')
          ? keyRequired(error, retry)
          : failure(error, retry);
  }
  if (controller.signal.aborted) return;
  document.title = `${view.title} · claimgraph explorer`;
  shown?.unmounted?.();
  shown = view;
  main.replaceChildren(view.content);
  main.removeAttribute('aria-busy');
  view.mounted?.();
}

function currentRoute(): Route {
  return routeOf(window.location.pathname, window.location.search);
}

function navigate(url: string, { focus = true } = {}): void {
  window.history.pushState(null, '', url);
  void show(currentRoute()).then(() => {
    if (focus) (main.querySelector('h1') as HTMLElement | null)?.focus();
    window.scrollTo(0, 0);
  });
}

// Links inside the explorer route here; anything else (other sites, new tabs) is the browser's.
document.addEventListener('click', (event) => {
  if (
    event.defaultPrevented ||
    event.button !== 0 ||
    event.metaKey ||
    event.ctrlKey ||
    event.shiftKey ||
    event.altKey
  )
    return;
  const link = (event.target as Element | null)?.closest('a');
  if (!link || link.target) return;
  const href = link.getAttribute('href') ?? link.getAttribute('xlink:href');
  if (!href) return;
  const url = new URL(href, window.location.href);
  if (
    url.origin !== window.location.origin ||
    (url.pathname !== BASE && !url.pathname.startsWith(`${BASE}/`))
  )
    return;
  event.preventDefault();
  navigate(url.pathname + url.search);
});

document.querySelector('form.search')?.addEventListener('submit', (event) => {
  event.preventDefault();
  navigate(searchUrl(searchBox.value.trim()));
});

window.addEventListener('popstate', () => void show(currentRoute()));
void show(currentRoute());
