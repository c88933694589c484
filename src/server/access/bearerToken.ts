/** The bearer-token comparison, in constant time. */
import { createHash, timingSafeEqual } from 'node:crypto';

// Hashing first gives equal-length buffers, so the comparison takes the same time whatever was sent.
const digest = (s: string) => createHash('sha256').update(s).digest();

export function bearerTokenCheck(token: string): (authorization: string | undefined) => boolean {
  const expected = digest(token);
  return (authorization) => {
    const sent = /^Bearer\s+(.+)$/i.exec(authorization ?? '')?.[1]?.trim() ?? '';
    return sent !== '' && timingSafeEqual(digest(sent), expected);
  };
}
