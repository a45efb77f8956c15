/**
 * A host on the member's own machine or home network: loopback ("localhost", 127.0.0.1, [::1]), a private-network
 * address (10.x, 172.16-31.x, 192.168.x), a multicast-DNS name ("homeassistant.local") or a home.arpa name. Guides of
 * self-hosted software send members to such addresses ("open http://localhost:8384"), which serve plain http because
 * no certificate can name them; and no site on the internet can stand behind one, so an admin who allowlists such a
 * host may let its http addresses through (links.ts).
 */
export function isLocalHost(host: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  if (h === 'localhost' || h.endsWith('.localhost') || h === '[::1]') return true;
  if (h.endsWith('.local') || h.endsWith('.home.arpa')) return h.split('.').every((label) => label !== '');
  const ip = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(h);
  if (!ip) return false;
  const [a, b] = [Number(ip[1]), Number(ip[2])];
  if (ip.slice(1).some((part) => Number(part) > 255)) return false;
  return a === 127 || a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168);
}
