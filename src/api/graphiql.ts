// GraphiQL served from the package itself (Yoga's self-hosted renderer: its JavaScript and CSS
// inline), so the page works with no internet, as in many newsrooms' networks; it opens on a
// query that answers on the founding seed. The renderer (about 9 MB of assets) is loaded on the
// first visit, never in production where GraphiQL is off, and its page rendered once.

import type { GraphiQLOptions } from 'graphql-yoga';

type Renderer = typeof import('@graphql-yoga/render-graphiql').renderGraphiQL;

function renderer(): Renderer {
  return (require('@graphql-yoga/render-graphiql') as { renderGraphiQL: Renderer }).renderGraphiQL;
}

export const EXAMPLE_QUERY = `# claimgraph: who said what, through whom, and where a claim first appeared.
# Press the run button (or Ctrl-Enter). The Docs panel on the left lists every field.
{
  claim(id: "claim:us-should-adopt-5g-6g-asap") {
    text
    firstAppearance { kind publishedAt title }
    statements(first: 5) {
      edges { node { text cue speaker { name } via { kind outlet { name } } source { title } } }
    }
  }
  search(query: "trustworthy partner") { score statement { text speaker { name } } }
}
`;

export const GRAPHIQL_OPTIONS: GraphiQLOptions = { title: 'claimgraph', defaultQuery: EXAMPLE_QUERY };

let rendered: { key: string; html: string } | undefined;

/** The GraphiQL page for these options, rendered once and kept. */
export function renderOfflineGraphiQL(options: GraphiQLOptions): string {
  const key = JSON.stringify(options);
  if (rendered?.key !== key) rendered = { key, html: renderer()(options) };
  return rendered.html;
}
