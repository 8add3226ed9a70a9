/**
 * The first bytes of real files of each kind, and the hostile ones of issue 13 (an executable
 * named foto.jpg, a web page with a script sent as a PDF, an SVG with onload sent as a PNG),
 * for the unit, mock-backend, component and end-to-end tests of the magic-bytes check.
 */
export const bytes = (...parts: Array<string | number[]>) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? Array.from(p, (c) => c.charCodeAt(0)) : p)));

export const SAMPLES = {
  jpeg: bytes([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10], 'JFIF', [0, 1, 1, 0, 0, 1]),
  png: bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d], 'IHDR'),
  webp: bytes('RIFF', [0x24, 0, 0, 0], 'WEBPVP8 '),
  gif: bytes('GIF89a', [1, 0, 1, 0, 0, 0, 0, 0, 0, 0]),
  heic: bytes([0, 0, 0, 0x18], 'ftypheic', [0, 0, 0, 0]),
  avif: bytes([0, 0, 0, 0x1c], 'ftypavif', [0, 0, 0, 0]),
  pdf: bytes('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n'),
  exe: bytes('MZ', [0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff, 0, 0], 'This program cannot be run in DOS mode.'),
  elf: bytes([0x7f], 'ELF', [2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
  html: bytes('<!doctype html><html><body><script>fetch("/api/me")</script></body></html>'),
  svg: bytes('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(document.domain)"><rect width="2" height="2"/></svg>'),
  zip: bytes('PK', [3, 4, 20, 0, 0, 0, 8, 0]),
  mp4: bytes([0, 0, 0, 0x20], 'ftypisom', [0, 0, 2, 0]),
};

/** `head` followed by zero bytes up to `size` (a file of a given size that starts like a real one). */
export function padded(head: Uint8Array, size: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(size);
  out.set(head.subarray(0, size));
  return out;
}

export function toBase64(data: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < data.length; i += 0x8000) binary += String.fromCharCode(...data.subarray(i, i + 0x8000));
  return btoa(binary);
}
