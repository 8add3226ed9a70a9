/**
 * The short reference of a submission, made from its id (made on the device), so the client
 * sees the same reference offline as the server stores. No 0/O or 1/I: easy to read out.
 */
export function referenceFor(id: string): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  let hash = 2166136261;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 16777619);
  let out = '';
  for (let i = 0; i < 6; i++) {
    out += alphabet[(hash >>> 0) % alphabet.length];
    hash = Math.imul(hash ^ (hash >>> 13), 2654435761) + i;
  }
  return `EV-${out}`;
}
