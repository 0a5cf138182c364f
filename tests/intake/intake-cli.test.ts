// `npm run intake`: what an analyst sees for a good text, a bad file and a score.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { intakeCommand } from '@/server/cli/intake-command';
import { encodeGb18030 } from './gb18030';

const dir = mkdtempSync(join(tmpdir(), 'intake-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const SOURCE = 'src/data-set/source-text.zh.txt';
const TRANSCRIPT =
  '南京市委副书记、市长陈之常：2023年，南京都市圈地区生产总值突破5264亿元，常住人口超3500万。\n' +
  '南京市发展和改革委员会主任钱维：入选“最佳口碑省会及副省级城市”前十，全球金融中心指数排名第7位。';

describe('npm run intake -- FILE --json', () => {
  it('prints the proposals as a JSON array of the eight fields', () => {
    const { stdout, stderr, code } = intakeCommand([file('t.txt', TRANSCRIPT), '--json']);
    expect([code, stderr]).toEqual([0, '']);
    expect(JSON.parse(stdout)).toEqual([
      {
        value: 5264,
        unit: '亿元',
        qualifier: '超',
        year: 2023,
        kind: 'achieved',
        speaker: '陈之常',
        quote: '南京都市圈地区生产总值突破5264亿元',
        offset: 20,
      },
      expect.objectContaining({ value: 3500, unit: '万', qualifier: '超', speaker: '陈之常' }),
      expect.objectContaining({
        value: 10,
        unit: '',
        qualifier: '前',
        kind: 'rank',
        speaker: '钱维',
      }),
      expect.objectContaining({
        value: 7,
        unit: '位',
        qualifier: '第',
        kind: 'rank',
        speaker: '钱维',
      }),
    ]);
  });

  it('prints everything the review needs with --full', () => {
    const [first] = JSON.parse(intakeCommand([file('t.txt', TRANSCRIPT), '--full']).stdout) as {
      id: string;
      figure: { text: string };
      role: string;
    }[];
    expect(first).toMatchObject({ figure: { text: '突破5264亿元' }, role: '南京市委副书记、市长' });
    expect(first?.id).toMatch(/^f\d+-[0-9a-f]{8}$/);
  });

  it('resolves 去年 from --date', () => {
    const path = file('d.txt', '去年全市地区生产总值达5264亿元。');
    const [p] = JSON.parse(intakeCommand([path, '--json', '--date', '2025-02-10']).stdout) as {
      year: number;
    }[];
    expect(p?.year).toBe(2024);
  });

  it('reads GB18030 and says so', () => {
    const { stdout, stderr, code } = intakeCommand([
      file('gb.txt', encodeGb18030(TRANSCRIPT)),
      '--json',
    ]);
    expect(code).toBe(0);
    expect(stderr).toContain('read as gb18030');
    expect(JSON.parse(stdout)).toHaveLength(4);
  });
});

describe('npm run intake -- FILE', () => {
  it('prints a table and a summary line', () => {
    const { stdout, code } = intakeCommand([SOURCE]);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toMatch(
      /^#\s+值 value\s+单位 unit\s+限定 qual\.\s+年 year\s+类 kind\s+发言人 speaker\s+原文 quote$/,
    );
    expect(lines[1]).toMatch(
      /^1\s+30\s+家\s+左右\s+–\s+target\s+陈之常\s+@\d+ 构建30家左右全国重点实验室方阵$/,
    );
    expect(stdout).toContain(`24 figures proposed in ${SOURCE}`);
  });
});

describe('bad input', () => {
  it.each([
    ['an empty file', () => file('empty.txt', ''), 'the file is empty'],
    [
      'a binary file',
      () => file('b.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d])),
      'binary',
    ],
    [
      'a 20 MB file',
      () => {
        const path = file('big.txt', '');
        truncateSync(path, 20 * 1024 * 1024);
        return path;
      },
      'is 20.0 MB; the intake reads texts up to 2.0 MB',
    ],
    ['a missing file', () => join(dir, 'nowhere.txt'), 'no such file'],
    ['a folder', () => dir, 'is not a file'],
  ])('refuses %s with a clear message and exit 1', (_, make, message) => {
    const path = make();
    const { stdout, stderr, code } = intakeCommand([path]);
    expect([stdout, code]).toEqual(['', 1]);
    expect(stderr).toContain(message);
  });

  it('says when a text holds no figures, without calling it an error', () => {
    const path = file('none.txt', '加快新时代美丽南京建设，持续优化营商环境。');
    expect(intakeCommand([path])).toEqual({
      stdout: '',
      stderr: `${path}: no figures found (21 characters read)\n`,
      code: 0,
    });
    expect(intakeCommand([path, '--json']).stdout).toBe('[]\n');
  });

  it.each([[[]], [['--jsn', SOURCE]], [['--date', '16/05/2024', SOURCE]], [[SOURCE, SOURCE]]])(
    'answers bad arguments %j with the usage',
    (args) => {
      const { stderr, code } = intakeCommand(args);
      expect(code).toBe(1);
      expect(stderr).toContain('usage: npm run intake');
    },
  );
});

describe('npm run intake -- --score FIXTURE', () => {
  it('prints the score of each fixture and exits 0 when all bars are met', () => {
    const { stdout, code } = intakeCommand([
      '--score',
      'tests/fixtures/intake/source-text.figures.json',
      'tests/fixtures/intake/news-report.figures.json',
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain('source-text.figures.json: 24 figures by hand');
    expect(stdout).toContain('news-report.figures.json: 43 figures by hand');
    expect(stdout).toMatch(
      /value, unit and qualifier right\s+\d+\/24\s+[\d.]+ %\s+\(meets ≥ 95 %\)/,
    );
  });

  it('exits 2 when a bar is missed, listing the misses', () => {
    file('s.txt', '新增企业30家，新增项目近40项。');
    const fixture = file(
      's.json',
      JSON.stringify({
        text: 's.txt',
        figures: [
          {
            at: '30家',
            value: 30,
            unit: '家',
            qualifier: '',
            year: null,
            kind: 'achieved',
            speaker: null,
          },
          {
            at: '近40项',
            value: 40,
            unit: '项',
            qualifier: '约',
            year: null,
            kind: 'achieved',
            speaker: null,
          },
        ],
      }),
    );
    const { stdout, code } = intakeCommand(['--score', fixture]);
    expect(code).toBe(2);
    expect(stdout).toContain('wrong: “近40项”: qualifier 近 ≠ 约');
  });

  it('refuses a file that is not a fixture', () => {
    const { stderr, code } = intakeCommand(['--score', file('bad.json', '{"figures": 3}')]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/bad\.json: not a fixture/);
  });
});

describe('the npm script', () => {
  it('runs through tsx and exits non-zero on bad input', () => {
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'src/server/cli/intake.ts', file('e.txt', '')],
      {
        encoding: 'utf8',
      },
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('the file is empty');
  }, 60_000);
});
