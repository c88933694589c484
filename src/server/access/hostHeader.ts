/**
 * DNS rebinding: a page on an attacker's name that resolves to 127.0.0.1 can call a tokenless server from the
 * victim's browser, but its requests carry the attacker's name in `Host`. Without a token, only the names of this
 * server are accepted (the port is not compared: the vite dev proxy forwards its own).
 */
import os from 'node:os';

export const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '::1'];

export function isLoopback(host: string): boolean {
  return LOOPBACK_NAMES.includes(host) || /^127\./.test(host) || host.endsWith('.localhost');
}

const isWildcard = (host: string) => host === '0.0.0.0' || host === '::' || host === '';

/** The host names a tokenless server answers to. */
export function allowedHostNames(listenHost: string, extra: readonly string[]): Set<string> {
  const names = new Set([...LOOPBACK_NAMES, listenHost, ...extra].map((h) => h.toLowerCase()));
  if (isWildcard(listenHost)) {
    names.add(os.hostname().toLowerCase());
    for (const addresses of Object.values(os.networkInterfaces())) for (const a of addresses ?? []) names.add(a.address.toLowerCase());
  }
  return names;
}

/** `example.org:5175` → `example.org`; `[::1]:5175` → `::1`. */
export function hostName(header: string): string {
  const h = header.trim().toLowerCase();
  if (h.startsWith('[')) return h.slice(1, h.indexOf(']') === -1 ? undefined : h.indexOf(']'));
  return h.replace(/:\d*$/, '');
}
