// A text file's bytes as text: UTF-8 (with or without its mark), UTF-16 with its mark, or GB18030
// (GBK, GB2312) detected when the bytes are not UTF-8; empty and binary files refused, saying why.

export type Decoded =
  | { ok: true; text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' }
  | { ok: false; reason: 'empty' | 'binary' | 'encoding'; message: string };

/** The most a text may weigh: a press text is rarely over 100 KB; a year's work reports, 1 MB. */
export const MAX_TEXT_BYTES = 2 * 1024 * 1024;

const refuse = (reason: 'empty' | 'binary' | 'encoding', message: string): Decoded => ({
  ok: false,
  reason,
  message,
});

function tryDecode(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Control characters other than tab, line feed, form feed and carriage return. */
function controlCount(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (
      (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) ||
      code === 0x7f
    ) {
      n += 1;
    }
  }
  return n;
}

function checked(text: string, encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030'): Decoded {
  if (!text.trim()) return refuse('empty', 'the file holds no text (only blanks)');
  const controls = controlCount(text);
  if (controls > Math.max(2, text.length / 200)) {
    return refuse('binary', 'the file is binary, not text (it holds control characters)');
  }
  return { ok: true, text: text.replace(/\r\n?/g, '\n'), encoding };
}

export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return refuse('empty', 'the file is empty');
  const [a, b, c] = [bytes[0], bytes[1], bytes[2]];
  if (a === 0xff && b === 0xfe)
    return checked(tryDecode('utf-16le', bytes) ?? '\u0000', 'utf-16le');
  if (a === 0xfe && b === 0xff)
    return checked(tryDecode('utf-16be', bytes) ?? '\u0000', 'utf-16be');
  if (bytes.includes(0))
    return refuse('binary', 'the file is binary, not text (it holds NUL bytes)');
  const utf8 = tryDecode(
    'utf-8',
    a === 0xef && b === 0xbb && c === 0xbf ? bytes.subarray(3) : bytes,
  );
  if (utf8 !== null) return checked(utf8, 'utf-8');
  const gb = tryDecode('gb18030', bytes);
  if (gb !== null) return checked(gb, 'gb18030');
  return refuse('encoding', 'the file is neither UTF-8 nor GB18030 text');
}
