// The answer of a stage that refuses a request before GraphQL runs (a rate limit, a body too
// large, a bad header, an export's filter): the API's error shape, one coded error, the status.

/** `{ errors: [{ message, extensions: { code, …details } }] }` as a JSON response with `status`. */
export function codedErrorResponse(
  fetchAPI: { Response: typeof Response },
  status: number,
  message: string,
  extensions: { code: string } & Record<string, unknown>,
  headers: Record<string, string> = {},
): Response {
  return new fetchAPI.Response(JSON.stringify({ errors: [{ message, extensions }] }), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  });
}
