// `npm run intake`: proposes every figure of a Chinese text (a table, or JSON with --json), or
// scores the intake against a fixture written by hand (--score FIXTURE). Files in, words out.
import { readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { decodeText, MAX_TEXT_BYTES } from '../../domain/intake/decode';
import { intake } from '../../domain/intake/extract';
import { proposalTable, scoreReport } from '../../domain/intake/report';
import { printedProposal } from '../../domain/intake/schema';
import { type Fixture, fixtureSchema, scoreProposals } from '../../domain/intake/score';

export const USAGE = `usage: npm run intake -- FILE.txt [--json | --full] [--date YYYY-MM-DD]
       npm run intake -- --score FIXTURE.json [FIXTURE.json …]`;

export interface CommandResult {
  stdout: string;
  stderr: string;
  code: number;
}

const fail = (message: string): CommandResult => ({ stdout: '', stderr: `${message}\n`, code: 1 });

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** A text file's words, or why it cannot be read. */
export function readText(file: string): { text: string; encoding: string } | { error: string } {
  let size: number;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) return { error: `${file} is not a file` };
    size = stat.size;
  } catch {
    return { error: `cannot read ${file}: no such file` };
  }
  if (size > MAX_TEXT_BYTES) {
    return {
      error: `${file} is ${megabytes(size)}; the intake reads texts up to ${megabytes(MAX_TEXT_BYTES)} (a press text is rarely over 100 KB): split it`,
    };
  }
  const decoded = decodeText(readFileSync(file));
  return decoded.ok ? decoded : { error: `${file}: ${decoded.message}` };
}

function parseArgs(args: readonly string[]) {
  const flags = { json: false, full: false, score: false, date: null as string | null };
  const files: string[] = [];
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    if (arg === '--json') flags.json = true;
    else if (arg === '--full') flags.full = true;
    else if (arg === '--score') flags.score = true;
    else if (arg === '--date') {
      flags.date = args[i + 1] ?? '';
      i += 1;
    } else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}\n${USAGE}`);
    else files.push(arg);
  }
  if (flags.date !== null && !/^\d{4}-\d{2}-\d{2}$/.test(flags.date)) {
    throw new Error(`--date must be YYYY-MM-DD\n${USAGE}`);
  }
  if (files.length === 0 || (!flags.score && files.length > 1)) throw new Error(USAGE);
  return { flags, files };
}

function readFixture(file: string): { fixture: Fixture; text: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(
      `${file}: not a JSON fixture (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  const parsed = fixtureSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(
      `${file}: not a fixture: ${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`,
    );
  }
  const read = readText(resolve(dirname(file), parsed.data.text));
  if ('error' in read) throw new Error(read.error);
  return { fixture: parsed.data, text: read.text };
}

function score(files: readonly string[]): CommandResult {
  const reports: string[] = [];
  let below = false;
  for (const file of files) {
    const { fixture, text } = readFixture(file);
    const { proposals } = intake(text, { date: fixture.date ?? null });
    const result = scoreProposals(text, fixture.figures, proposals);
    below ||= !Object.values(result.meets).every(Boolean);
    reports.push(scoreReport(file, result));
  }
  return { stdout: `${reports.join('\n\n')}\n`, stderr: '', code: below ? 2 : 0 };
}

/** Runs the command on `args`; never throws for bad input, answering it with a message instead. */
export function intakeCommand(args: readonly string[]): CommandResult {
  try {
    const { flags, files } = parseArgs(args);
    if (flags.score) return score(files);
    const file = files[0] ?? '';
    const read = readText(file);
    if ('error' in read) return fail(read.error);
    const { proposals, date } = intake(read.text, { date: flags.date });
    const note = [
      read.encoding !== 'utf-8' ? `${file}: read as ${read.encoding}` : '',
      proposals.length === 0
        ? `${file}: no figures found (${read.text.length} characters read)`
        : '',
    ].filter(Boolean);
    const stderr = note.map((n) => `${n}\n`).join('');
    if (flags.json || flags.full) {
      const rows = flags.full ? proposals : proposals.map(printedProposal);
      return { stdout: `${JSON.stringify(rows, null, 2)}\n`, stderr, code: 0 };
    }
    if (proposals.length === 0) return { stdout: '', stderr, code: 0 };
    const dated = date
      ? `; 去年/今年 read from ${date.value} (${date.from === 'option' ? '--date' : 'the text'})`
      : '';
    const summary = `${proposals.length} figures proposed in ${file}${dated}`;
    return { stdout: `${proposalTable(proposals)}\n\n${summary}\n`, stderr, code: 0 };
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
}
