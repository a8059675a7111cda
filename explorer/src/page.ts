// What every page is: a title and content, built from at most two API requests.

import { h } from './dom';

export interface PageView {
  /** the document title and the page's heading */
  title: string;
  content: Node;
  /** runs once the content is in the document (charts measure their width then) */
  mounted?: () => void;
  /** runs when the reader leaves the page (live updates stop) */
  unmounted?: () => void;
}

export interface PageContext {
  /** aborted when the reader navigates away before the page has loaded */
  signal: AbortSignal;
}

export type PageLoader<P> = (params: P, context: PageContext) => Promise<PageView>;

/** The page's heading, focusable so navigation can move the reader to it. */
export function heading(text: string, kicker?: string): HTMLElement {
  return h(
    'header',
    { class: 'page-head' },
    kicker ? h('p', { class: 'kicker' }, kicker) : null,
    h('h1', { tabindex: -1 }, text),
  );
}

export function section(title: string, ...children: (Node | null | false)[]): HTMLElement {
  const id = `section-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  return h('section', { 'aria-labelledby': id }, h('h2', { id }, title), ...children);
}

/** Facts as a definition list; empty values are left out. */
export function facts(rows: [string, Node | string | null | undefined][]): HTMLElement {
  const list = h('dl', { class: 'facts' });
  for (const [name, value] of rows) {
    if (value === null || value === undefined || value === '') continue;
    list.append(h('dt', {}, name), h('dd', {}, value));
  }
  return list;
}

export function empty(text: string): HTMLElement {
  return h('p', { class: 'empty' }, text);
}
