// Stands in for `tldts` in the browser's mock layer. MSW's cookie store (tough-cookie) imports it
// only for `getDomain`, and with it the whole Public Suffix List: about 110 KB gzip, over half
// the mock chunk, parsed before the mock API can answer. The mock API sets no cookies and the app
// sends none, so the list's default rule (the registrable domain is the last two labels) is
// enough; it is also what tldts answers for any host not on the list, `localhost` and IPs included.
const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

export function getDomain(host: string | null | undefined): string | null {
  if (!host) return null;
  const name = host.replace(/\.$/, '').toLowerCase();
  if (IPV4.test(name) || name.includes(':')) return null;
  const labels = name.split('.');
  return labels.length < 2 ? null : labels.slice(-2).join('.');
}
