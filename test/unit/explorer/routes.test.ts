import { pageUrl, routeOf, searchUrl } from '../../../explorer/src/routes';

describe('explorer routes', () => {
  it('reads each page from its URL', () => {
    expect(routeOf('/explore', '')).toEqual({ page: 'search', query: '' });
    expect(routeOf('/explore/', '?q=%20Stotlenberg%20')).toEqual({ page: 'search', query: 'Stotlenberg' });
    expect(routeOf('/explore/actor/actor%3Ajens-stoltenberg', '')).toEqual({
      page: 'actor',
      id: 'actor:jens-stoltenberg',
    });
    expect(routeOf('/explore/claim/claim:x', '')).toEqual({ page: 'claim', id: 'claim:x' });
  });

  it('round-trips any id, non-Latin and slashes included', () => {
    for (const id of ['actor:xi-jin-ping-3f2a', 'source:a/b?c#d', 'stmt:习近平', 'claim:%41']) {
      const url = new URL(pageUrl('statement', id), 'http://x');
      expect(routeOf(url.pathname, url.search)).toEqual({ page: 'statement', id });
    }
    const search = new URL(searchUrl('5G & "Huawei"'), 'http://x');
    expect(routeOf(search.pathname, search.search)).toEqual({ page: 'search', query: '5G & "Huawei"' });
  });

  it('sends anything else to the not-found page rather than guessing', () => {
    for (const path of [
      '/explore/actor',
      '/explore/actor/',
      '/explore/topic/x',
      '/explore/actor/a/b',
      '/explore/actor/%E0%A4%A',
      '/explorer',
    ]) {
      expect(routeOf(path, '')).toEqual({ page: 'not-found', path });
    }
  });
});
