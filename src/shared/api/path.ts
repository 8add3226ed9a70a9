/**
 * An API path with every interpolated part URL-encoded: `` apiPath`/clients/${id}/tasks/${taskId}` ``.
 * Ids made on the device or by the server are never trusted to be path-safe.
 */
export function apiPath(strings: TemplateStringsArray, ...parts: readonly string[]): string {
  return strings.reduce((path, text, i) => path + text + (i < parts.length ? encodeURIComponent(parts[i] as string) : ''), '');
}
