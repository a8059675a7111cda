// Who a request comes from, for per-client budgets (rate limits, open subscriptions): a valid
// credential's principal wherever it calls from, else the client's address — the socket's, or
// behind a trusted proxy (CLAIMGRAPH_TRUSTED_PROXIES) the address it forwarded.

import { BlockList, isIP } from 'node:net';

function proxyList(entries: readonly string[]): BlockList {
  const list = new BlockList();
  for (const entry of entries) {
    const [address = '', prefix] = entry.split('/');
    const family = isIP(address) === 6 ? 'ipv6' : 'ipv4';
    if (prefix === undefined) list.addAddress(address, family);
    else list.addSubnet(address, Number(prefix), family);
  }
  return list;
}

const family = (address: string) => (isIP(address) === 6 ? 'ipv6' : 'ipv4');
/** ::ffff:203.0.113.7 (an IPv4 client on a dual-stack socket) is 203.0.113.7. */
const plain = (address: string) =>
  address.startsWith('::ffff:') && isIP(address.slice(7)) === 4 ? address.slice(7) : address;

/** The client's address: the socket's, or behind a trusted proxy the last untrusted hop it forwarded. */
function clientAddress(
  rawSocketAddress: string,
  forwardedFor: string | null,
  trusted: BlockList | undefined,
): string {
  const socketAddress = plain(rawSocketAddress);
  if (
    !trusted ||
    !forwardedFor ||
    isIP(socketAddress) === 0 ||
    !trusted.check(socketAddress, family(socketAddress))
  ) {
    return socketAddress;
  }
  const hops = forwardedFor
    .split(',')
    .map((hop) => plain(hop.trim()))
    .filter((hop) => isIP(hop) !== 0);
  for (let index = hops.length - 1; index >= 0; index--) {
    const hop = hops[index] as string;
    if (!trusted.check(hop, family(hop))) return hop;
  }
  return hops[0] ?? socketAddress;
}

export interface NodeServerContext {
  req?: { socket?: { remoteAddress?: string } };
}

/** Resolves a request's client address, trusting X-Forwarded-For only from `trustedProxies`. */
export function clientAddressOf(trustedProxies: readonly string[]) {
  const trusted = trustedProxies.length > 0 ? proxyList(trustedProxies) : undefined;
  return (serverContext: unknown, headers: Headers): string =>
    clientAddress(
      (serverContext as NodeServerContext | undefined)?.req?.socket?.remoteAddress ?? 'local',
      headers.get('x-forwarded-for'),
      trusted,
    );
}
