// Verdicts say what they rest on, and figures read as the source says them: the 示意 mark on any
// status built on an illustrative input, on every target date the source does not state, the
// source's qualifiers (近, 前十) and notes, and no status for a context figure.
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { indicators } from '@/data-set';
import { todayInShanghai } from '@/domain/dates';
import { assess, currentTarget } from '@/domain/status';
import { usePreferences } from '@/stores/preferences';
import { renderApp } from '@tests/render';
import { TEST_TODAY } from '@tests/setup';

const today = todayInShanghai(TEST_TODAY);

describe('every row of every thrust table', () => {
  it.each(['T1', 'T2', 'T3', 'T4'])(
    '%s: a status on illustrative inputs carries the mark; an unstated target date is marked',
    async (thrust) => {
      renderApp(`/thrusts/${thrust}`);
      const table = await screen.findByRole('table');
      const mine = indicators.filter((i) => i.thrustId === thrust);
      expect(mine.length).toBeGreaterThan(0);
      for (const indicator of mine) {
        const link = within(table).getByRole('link', { name: indicator.name.zh });
        const cells = within(link.closest('tr')!).getAllByRole('cell');
        // the shared commitments table: status (and why) first, then owner, latest, target
        const [target, status] = [cells[3]!, cells[0]!];
        const a = assess(indicator, today);
        const statusMarked = status.textContent?.includes('状态依据示意数据') ?? false;
        expect(statusMarked, `${indicator.id}: status mark`).toBe(
          a.status !== null && a.illustrative.length > 0,
        );
        if (a.status === null) expect(status, indicator.id).toBeEmptyDOMElement();
        if (indicator.kind === 'quantitative') {
          const inForce = currentTarget(indicator.targets, today).target;
          if (!inForce) continue;
          const dateUnstated = (inForce.dateProvenance ?? inForce.provenance).kind;
          expect(dateUnstated, indicator.id).toBe('illustrative');
          // the target's own mark when it is made up, the date's when only the date is
          expect(target, indicator.id).toHaveTextContent(
            inForce.provenance.kind === 'illustrative'
              ? '示意'
              : '来源给出了目标值，但未给出目标日期',
          );
        } else {
          expect(target, indicator.id).toHaveTextContent('示意');
        }
      }
    },
  );
});

describe('the indicator page', () => {
  it('names the illustrative inputs of a verdict and marks the unstated target date (约30家)', async () => {
    renderApp('/indicators/key-labs');
    const status = await screen.findByRole('region', { name: '状态及依据' });
    expect(status).toHaveTextContent(
      '该状态依据的基线、最新值和目标日期为示意数据（由本数据集补充，非来源发布），结论同为示意。',
    );
    const table = screen.getByRole('table', { name: /观测值、目标与应达路径/ });
    const targetRow = within(table).getByText(/^目标/).closest('tr')!;
    expect(targetRow).toHaveTextContent('约30家');
    expect(targetRow).toHaveTextContent('示意日期：来源给出了目标值，但未给出目标日期');
  });

  it('does not call a rank "achieved" by a target set equal to it', async () => {
    renderApp('/indicators/sme-environment-rank');
    const status = await screen.findByRole('region', { name: '状态及依据' });
    expect(within(status).queryByText('已达成')).not.toBeInTheDocument();
  });

  it.each([
    ['zh', '近3500项'],
    ['en', 'nearly 3,500 items'],
  ] as const)('writes 近 as the source does (%s: %s)', async (lang, text) => {
    usePreferences.setState({ language: lang });
    renderApp('/indicators/yrd-tech-needs');
    const table = await screen.findByRole('table', { name: /观测值|observations/ });
    expect(within(table).getByText(text)).toBeInTheDocument();
  });

  it.each([
    ['zh', '前十', /位于前十之内.具体名次未公布/, '背景数据，不是承诺，不设目标，因此不判断状态。'],
    [
      'en',
      'top ten',
      'Within the top ten; the exact position is not given',
      'A context figure, not a commitment: it has no target, so it is given no status.',
    ],
  ] as const)(
    'shows 前十 as the source does, with its note, and no status for a context figure (%s)',
    async (lang, figure, note, reason) => {
      usePreferences.setState({ language: lang });
      renderApp('/indicators/best-reputation-rank');
      const table = await screen.findByRole('table', { name: /观测值|observations/ });
      const row = within(table).getByText(figure).closest('tr')!;
      expect(row).toHaveTextContent(note);
      const status = screen.getByRole('region', { name: /状态及依据|Status and why/ });
      expect(status).toHaveTextContent(reason);
      for (const word of ['数据不足', 'Insufficient data', '已达成', 'Achieved']) {
        expect(within(status).queryByText(word)).not.toBeInTheDocument();
      }
    },
  );

  it('shows the transfer chain as the source says, initially formed; a later completion is marked', async () => {
    renderApp('/indicators/transfer-chain');
    const history = await screen.findByRole('region', { name: '进展记录' });
    const reported = within(history).getByText(/吴炜/).closest('tr')!;
    expect(reported).toHaveTextContent('推进中');
    expect(reported).toHaveTextContent('初步构建形成');
    expect(within(history).getByText('已完成').closest('tr')).toHaveTextContent('示意');
    expect(screen.getByRole('region', { name: '状态及依据' })).toHaveTextContent(
      '该状态依据的进展记录为示意数据',
    );
  });
});
