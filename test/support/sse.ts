// A GraphQL-over-SSE subscriber for tests: opens the stream (in process through yoga.fetch,
// or over the network with fetch), and hands out each `next` event's payload in order.

export interface SseSubscription<T> {
  /** the HTTP status the subscription was answered with */
  status: number;
  /** the next event's payload; rejects after `timeoutMs` with what was waited for */
  next(timeoutMs?: number): Promise<T>;
  close(): Promise<void>;
}

type Fetch = (url: string, init: RequestInit) => Promise<Response>;

export async function subscribeSse<T = { data?: Record<string, unknown>; errors?: unknown[] }>(
  fetcher: Fetch,
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<SseSubscription<T>> {
  const response = await fetcher(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  // A request refused before it could stream (a variable that does not coerce: 400) answers
  // one JSON result instead of an event stream.
  if (!(response.headers.get('content-type') ?? '').startsWith('text/event-stream')) {
    const left = [(await response.json()) as T];
    return {
      status: response.status,
      next: async () => {
        const single = left.shift();
        if (single === undefined) throw new Error('the event stream has ended');
        return single;
      },
      close: async () => {},
    };
  }
  const reader = response.body?.getReader();
  const decoder = new TextDecoder();
  const queued: T[] = [];
  const waiting: Array<(value: T) => void> = [];
  let buffer = '';
  let ended = false;
  const pump = async () => {
    if (!reader) return;
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
      let boundary = buffer.indexOf('\n\n');
      while (boundary >= 0) {
        const block = buffer.slice(0, boundary);
        buffer = buffer.slice(boundary + 2);
        const event = /^event: (.+)$/m.exec(block)?.[1];
        const data = block
          .split('\n')
          .filter((line) => line.startsWith('data:'))
          .map((line) => line.slice(5).trimStart())
          .join('\n');
        if ((event === 'next' || event === undefined) && data !== '') {
          const payload = JSON.parse(data) as T;
          const waiter = waiting.shift();
          if (waiter) waiter(payload);
          else queued.push(payload);
        }
        boundary = buffer.indexOf('\n\n');
      }
    }
    ended = true;
  };
  void pump();
  return {
    status: response.status,
    next(timeoutMs = 10_000) {
      const ready = queued.shift();
      if (ready !== undefined) return Promise.resolve(ready);
      if (ended) return Promise.reject(new Error('the event stream has ended'));
      return new Promise<T>((resolve, reject) => {
        const timer = setTimeout(() => {
          waiting.splice(waiting.indexOf(deliver), 1);
          reject(new Error(`no event within ${timeoutMs} ms`));
        }, timeoutMs);
        const deliver = (value: T) => {
          clearTimeout(timer);
          resolve(value);
        };
        waiting.push(deliver);
      });
    },
    async close() {
      await reader?.cancel().catch(() => {});
    },
  };
}
