import { describe, expect, it } from 'vitest';
import { encodeGb18030 } from '../../../tests/intake/gb18030';
import { decodeText } from './decode';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeText', () => {
  const text = '南京都市圈地区生产总值突破5万亿，常住人口超3500万。';

  it('reads UTF-8, with or without its byte-order mark', () => {
    expect(decodeText(utf8(text))).toEqual({ ok: true, text, encoding: 'utf-8' });
    const marked = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]);
    expect(decodeText(marked)).toEqual({ ok: true, text, encoding: 'utf-8' });
  });

  it('detects GB18030 and converts it', () => {
    const bytes = encodeGb18030(text);
    expect(bytes.length).toBeLessThan(utf8(text).length);
    expect(decodeText(bytes)).toEqual({ ok: true, text, encoding: 'gb18030' });
  });

  it('reads UTF-16 with its mark, and turns CRLF into LF', () => {
    const source = '第一行\r\n第二行';
    const units = Array.from({ length: source.length }, (_, i) => source.charCodeAt(i));
    const le = new Uint8Array([0xff, 0xfe, ...units.flatMap((u) => [u & 0xff, u >> 8])]);
    expect(decodeText(le)).toEqual({ ok: true, text: '第一行\n第二行', encoding: 'utf-16le' });
  });

  it.each([
    ['an empty file', new Uint8Array(), 'empty', 'the file is empty'],
    ['a file of blanks', utf8(' \n\t\n'), 'empty', 'the file holds no text (only blanks)'],
    [
      'a binary file',
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
      'binary',
      'the file is binary, not text (it holds NUL bytes)',
    ],
    [
      'text full of control characters',
      utf8('\u0001\u0002\u0003\u0004 abc'),
      'binary',
      'the file is binary, not text (it holds control characters)',
    ],
    [
      'bytes of no encoding',
      new Uint8Array([0xff, 0x80, 0xff, 0x80]),
      'encoding',
      'the file is neither UTF-8 nor GB18030 text',
    ],
  ])('refuses %s, saying why', (_, bytes, reason, message) => {
    expect(decodeText(bytes)).toEqual({ ok: false, reason, message });
  });
});
