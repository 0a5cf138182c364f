// Where a webhook may point, and how its address is shown. A webhook is a request the server makes
// on an admin's word, so it must not reach inside: https only, and never an address on the
// server's own machine, its private network, a link-local or a cloud metadata address, whatever
// form the address is written in (the URL parser turns 2130706433 and 0x7f.1 into 127.0.0.1).
// An intranet deployment names the hosts or ranges it trusts in an allow-list; those may use
// http and resolve inside. The server checks the name again at send time, after resolving it.
// An address is shown without its credentials and its query (where robots keep their keys).

/** Why a webhook URL is refused. */
export type WebhookUrlProblem = 'invalidUrl' | 'httpsRequired' | 'internalAddress';

type V4 = readonly [number, number, number, number];
/** An IPv6 address as its eight 16-bit groups. */
type V6 = readonly [number, number, number, number, number, number, number, number];

function parseV4(text: string): V4 | null {
  const parts = text.split('.');
  if (parts.length !== 4) return null;
  const nums = parts.map((p) => (/^\d{1,3}$/.test(p) ? Number(p) : NaN));
  return nums.every((n) => n >= 0 && n <= 255) ? (nums as unknown as V4) : null;
}

/** Eight 16-bit groups, or null. Accepts `::` and a dotted IPv4 tail (::ffff:127.0.0.1). */
function parseV6(text: string): V6 | null {
  let clean = text.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  if (!clean.includes(':')) return null;
  const lastColon = clean.lastIndexOf(':');
  const tail = clean.slice(lastColon + 1);
  if (tail.includes('.')) {
    const v4 = parseV4(tail);
    if (!v4) return null;
    const hex = (a: number, b: number) => ((a << 8) | b).toString(16);
    clean = `${clean.slice(0, lastColon + 1)}${hex(v4[0], v4[1])}:${hex(v4[2], v4[3])}`;
  }
  const halves = clean.split('::');
  if (halves.length > 2) return null;
  const groups = (s: string) => (s === '' ? [] : s.split(':'));
  const left = groups(halves[0] ?? '');
  const right = halves.length === 2 ? groups(halves[1] ?? '') : [];
  if (![...left, ...right].every((g) => /^[0-9a-f]{1,4}$/i.test(g))) return null;
  const fill = 8 - left.length - right.length;
  if (halves.length === 1 ? fill !== 0 : fill < 1) return null;
  return [
    ...left.map((g) => parseInt(g, 16)),
    ...Array<number>(fill).fill(0),
    ...right.map((g) => parseInt(g, 16)),
  ] as unknown as V6;
}

const inV4 = (ip: V4, base: V4, bits: number) => {
  const n = (a: V4) => ((a[0] << 24) | (a[1] << 16) | (a[2] << 8) | a[3]) >>> 0;
  const mask = bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
  return (n(ip) & mask) === (n(base) & mask);
};

const V4_INSIDE: [V4, number][] = [
  [[0, 0, 0, 0], 8], // "this network", 0.0.0.0
  [[10, 0, 0, 0], 8],
  [[100, 64, 0, 0], 10], // carrier-grade NAT; Alibaba Cloud's metadata is 100.100.100.200
  [[127, 0, 0, 0], 8],
  [[169, 254, 0, 0], 16], // link-local; 169.254.169.254 is most clouds' metadata
  [[172, 16, 0, 0], 12],
  [[192, 0, 0, 0], 24],
  [[192, 0, 2, 0], 24],
  [[192, 168, 0, 0], 16],
  [[198, 18, 0, 0], 15],
  [[198, 51, 100, 0], 24],
  [[203, 0, 113, 0], 24],
  [[224, 0, 0, 0], 4], // multicast
  [[240, 0, 0, 0], 4], // reserved, and the broadcast address
];

function v4Inside(ip: V4): boolean {
  return V4_INSIDE.some(([base, bits]) => inV4(ip, base, bits));
}

const embeddedV4 = (g: V6): V4 => [g[6] >> 8, g[6] & 255, g[7] >> 8, g[7] & 255];

function v6Inside(g: V6): boolean {
  const zeroUpTo = (n: number) => g.slice(0, n).every((x) => x === 0);
  if (zeroUpTo(8)) return true; // ::
  if (zeroUpTo(7) && g[7] === 1) return true; // ::1
  // IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible (::a.b.c.d) and NAT64 (64:ff9b::a.b.c.d): the
  // IPv4 address inside decides.
  if (zeroUpTo(5) && (g[5] === 0xffff || g[5] === 0)) return v4Inside(embeddedV4(g));
  if (g[0] === 0x64 && g[1] === 0xff9b) return v4Inside(embeddedV4(g));
  if (g[0] === 0x2002) return v4Inside([g[1] >> 8, g[1] & 255, g[2] >> 8, g[2] & 255]);
  const first = g[0];
  return (
    (first & 0xfe00) === 0xfc00 || // unique local fc00::/7 (AWS's metadata fd00:ec2::254)
    (first & 0xffc0) === 0xfe80 || // link-local fe80::/10
    (first & 0xffc0) === 0xfec0 || // site-local, deprecated
    (first & 0xff00) === 0xff00 || // multicast
    (first === 0x2001 && g[1] === 0x0db8) || // documentation
    (first === 0x0100 && zeroUpTo(4)) // discard-only 100::/64
  );
}

/** Whether an IP address (v4 or v6, as text) is inside: loopback, private, link-local, metadata. */
export function isInsideAddress(address: string): boolean {
  const v4 = parseV4(address);
  if (v4) return v4Inside(v4);
  const v6 = parseV6(address);
  return v6 ? v6Inside(v6) : false;
}

export const isIpAddress = (text: string) => parseV4(text) !== null || parseV6(text) !== null;

/**
 * Whether the allow-list names this host or address: a host name (exact, any case), an address,
 * or a range written as address/bits.
 */
export function allowListed(hostOrAddress: string, allowList: readonly string[]): boolean {
  const host = hostOrAddress.toLowerCase().replace(/^\[|\]$/g, '');
  return allowList.some((raw) => {
    const entry = raw
      .trim()
      .toLowerCase()
      .replace(/^\[|\]$/g, '');
    if (!entry) return false;
    const [base = '', bitsText] = entry.split('/');
    if (bitsText === undefined) return entry === host;
    const bits = Number(bitsText);
    const ip4 = parseV4(host);
    const base4 = parseV4(base);
    if (ip4 && base4) return bits >= 0 && bits <= 32 && inV4(ip4, base4, bits);
    const ip6 = parseV6(host);
    const base6 = parseV6(base);
    if (!ip6 || !base6 || !(bits >= 0 && bits <= 128)) return false;
    for (let i = 0; i < 8; i += 1) {
      const take = Math.max(0, Math.min(16, bits - i * 16));
      const mask = take === 0 ? 0 : (0xffff << (16 - take)) & 0xffff;
      if (((ip6[i] ?? 0) & mask) !== ((base6[i] ?? 0) & mask)) return false;
    }
    return true;
  });
}

/** Why this URL cannot be a webhook's, or null when it may be. */
export function webhookUrlProblem(
  url: string,
  allowList: readonly string[],
): WebhookUrlProblem | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'invalidUrl';
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return 'invalidUrl';
  const host = parsed.hostname.replace(/^\[|\]$/g, '').replace(/\.$/, '');
  if (!host) return 'invalidUrl';
  if (allowListed(host, allowList)) return null;
  if (parsed.protocol !== 'https:') return 'httpsRequired';
  const named = host.toLowerCase();
  if (named === 'localhost' || named.endsWith('.localhost')) return 'internalAddress';
  if (isInsideAddress(host)) return 'internalAddress';
  return null;
}

/**
 * A webhook's address as it is shown back (the admin page, logs): scheme, host and path, without
 * the credentials, the query and the fragment, each replaced by … when there was one.
 */
export function redactedUrl(url: string): string {
  try {
    const u = new URL(url);
    const who = u.username || u.password ? '…@' : '';
    return `${u.protocol}//${who}${u.host}${u.pathname}${u.search ? '?…' : ''}${u.hash ? '#…' : ''}`;
  } catch {
    return '…';
  }
}
