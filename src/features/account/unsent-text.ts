/**
 * The readable values of an unsent change, for the print view: every non-empty text, number
 * or date typed in, in order, without technical values (ids, versions, file data).
 */
const TECHNICAL_KEYS = /^(id|.*Id|version|baseVersion|schemaVersion|data|chunk|chunks|hash|sha256|size|mimeType|started|definitionVersion)$/;
const ID_LIKE = /^[0-9a-f]{8}-[0-9a-f]{4}-|^(client|coach|helper)-[a-z0-9-]+$/i;

export function readableValues(payload: unknown, max = 40): string[] {
  const out: string[] = [];
  const visit = (value: unknown, key: string | null) => {
    if (out.length >= max) return;
    if (key !== null && TECHNICAL_KEYS.test(key)) return;
    if (typeof value === 'string') {
      const text = value.trim();
      if (text !== '' && !ID_LIKE.test(text) && text.length <= 2000) out.push(text);
    } else if (typeof value === 'number' && Number.isFinite(value)) {
      out.push(String(value));
    } else if (Array.isArray(value)) {
      for (const item of value) visit(item, null);
    } else if (value !== null && typeof value === 'object') {
      for (const [k, v] of Object.entries(value as Record<string, unknown>)) visit(v, k);
    }
  };
  visit(payload, null);
  return out;
}
