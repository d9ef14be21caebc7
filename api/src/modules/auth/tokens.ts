import { hash, randomBytes } from 'node:crypto';

/** 256-bit random token, URL-safe. Only its SHA-256 is stored. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** The token's SHA-256 (hex), as stored; one-shot, so a signed-in request builds no hash object to learn it. */
export function hashToken(token: string): string {
  return hash('sha256', token, 'hex');
}
