// GB18030 bytes for a text, by inverting the platform's decoder over the two-byte range: enough for
// Chinese text and ASCII, which is what the intake's tests write.
let table: Map<string, number[]> | null = null;

function twoByteTable(): Map<string, number[]> {
  if (table) return table;
  const decoder = new TextDecoder('gb18030');
  table = new Map();
  for (let lead = 0x81; lead <= 0xfe; lead += 1) {
    for (let trail = 0x40; trail <= 0xfe; trail += 1) {
      if (trail !== 0x7f) table.set(decoder.decode(new Uint8Array([lead, trail])), [lead, trail]);
    }
  }
  return table;
}

export function encodeGb18030(text: string): Uint8Array {
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    const pair = code < 0x80 ? [code] : twoByteTable().get(ch);
    if (!pair) throw new Error(`no two-byte GB18030 code for ${ch}`);
    bytes.push(...pair);
  }
  return new Uint8Array(bytes);
}
