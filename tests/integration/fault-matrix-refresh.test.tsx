// The fault matrix, second half: every view first shows good data, then the API misbehaves in each
// scenario while the view refreshes (or the user saves or imports). What the user must see: the
// last good data kept but marked "could not refresh" (never passing for fresh), an empty data set
// said as such, a write's failure with its reason and nothing lost, and no unverified figure.
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, beforeEach } from 'vitest';
import { FAULTS, type FaultName } from '@mocks/handlers/faults';
import {
  expectNoStaleMark,
  expectNoUnverifiedNumber,
  expectOnlyMarked,
  expectStale,
  fillObservation,
  FIGURE,
  MESSAGE,
  observationCount,
  OUTCOME,
  openView,
  PANELS,
  restoreTimeout,
  uploadGoodFile,
  applyFault,
  VIEWS,
  whenLoaded,
  type User,
  type View,
} from '@tests/faults/matrix';
import { signInAs } from '@tests/session';

// Signed in before any fault applies: the views as someone who may record sees them.
beforeEach(() => signInAs('admin'));

afterEach(restoreTimeout);

/** Refresh every query on screen, as a wall screen's interval or a return to the view would. */
type Client = ReturnType<typeof openView>['queryClient'];
const refreshAll = (queryClient: Client) => queryClient.refetchQueries({ type: 'active' });

async function expectKeptAndMarked(view: View, scenario: FaultName) {
  const panels = PANELS[view];
  if (panels) {
    for (const name of panels) {
      await expectStale(screen.getByRole('region', { name }), scenario);
    }
    if (view === 'overview') expectOnlyMarked(FIGURE);
  } else if (view === 'presentation') {
    expect(await screen.findByText('刷新失败，显示的是最近一次成功获取的数据')).toBeInTheDocument();
    expectOnlyMarked(FIGURE);
  } else {
    // The indicator page: one answer feeds it all, so the mark sits above it all.
    await expectStale(document.body, scenario);
    const table = screen.getByRole('table', { name: /观测值、目标与应达路径/ });
    expect(within(table).getByText(FIGURE).closest('[data-stale="true"]')).not.toBeNull();
  }
}

async function expectEmptied(view: View) {
  const find = (text: RegExp) => screen.findAllByText(text);
  switch (view) {
    case 'overview':
      // the headline panel and, a render later (deferred below the figures), the attention strip
      // and the commitments table
      await waitFor(() => expect(screen.getAllByText(/暂无指标数据/)).toHaveLength(3), {
        timeout: 5000,
      });
      expect(await find(/暂无方面数据/)).toHaveLength(1);
      expect(screen.queryByText(FIGURE)).toBeNull();
      return;
    case 'thrust':
      expect(await find(/暂无方面数据/)).not.toHaveLength(0);
      return;
    case 'departments':
      expect(await find(/暂无部门数据/)).not.toHaveLength(0);
      return;
    case 'presentation':
      expect(await find(/暂无指标数据/)).not.toHaveLength(0);
      expect(screen.queryByText(FIGURE)).toBeNull();
      return;
    default:
      // The indicator is gone from the server (a 404): the page keeps it, marked, and says why.
      await expectStale(document.body, '404');
  }
}

/** Saving while the API misbehaves: the reason, the value rolled back, and what was typed kept. */
async function saveDuringFault(scenario: FaultName, user: User) {
  const form = screen.getByRole('region', { name: '录入观测值' });
  applyFault(scenario);
  await fillObservation(user, form);
  if (OUTCOME[scenario] !== 'fails' || scenario === 'invalid') {
    // Writes are not part of these scenarios: the save goes through.
    expect(await within(form).findByText('已保存 2026年10月31日 的记录。')).toBeInTheDocument();
    return;
  }
  const alert = await within(form).findByRole('alert');
  expect(alert).toHaveTextContent(MESSAGE[scenario]);
  expect(alert).toHaveTextContent(
    scenario === 'timeout' || scenario === 'malformed'
      ? '无法确认服务器是否已写入'
      : '未能保存，改动已撤回。',
  );
  expect(within(form).getByLabelText('数值')).toHaveValue('6.2万亿');
  await waitFor(() =>
    expect(
      within(screen.getByRole('table', { name: /观测值、目标与应达路径/ })).queryByText(
        '6.2万亿元',
      ),
    ).toBeNull(),
  );
}

/** Importing while the API misbehaves: the reason, and nothing written. */
async function importDuringFault(scenario: FaultName, user: User) {
  await uploadGoodFile(user);
  const preview = await screen.findByRole('region', { name: '预览' });
  const before = observationCount('metro-gdp');
  applyFault(scenario);
  await user.click(within(preview).getByRole('button', { name: '确认导入' }));
  if (OUTCOME[scenario] !== 'fails' || scenario === 'invalid') {
    expect(await screen.findByText('已导入 1 行，已记入修改记录。')).toBeInTheDocument();
    return;
  }
  const alert = await within(preview).findByRole('alert');
  expect(alert).toHaveTextContent(MESSAGE[scenario]);
  expect(alert).toHaveTextContent(
    scenario === 'timeout' || scenario === 'malformed'
      ? '无法确认服务器是否已写入'
      : '导入未完成，未写入任何数据。',
  );
  expect(observationCount('metro-gdp')).toBe(before);
  // The preview stays, so the user can try again without choosing the file anew.
  expect(within(preview).getByRole('button', { name: '确认导入' })).toBeEnabled();
}

describe.each(FAULTS)('good data first, then the "%s" scenario', (scenario) => {
  it.each(VIEWS)('%s', async (view) => {
    const { user, queryClient } = openView(view);
    await whenLoaded(view);
    if (view === 'data entry') await saveDuringFault(scenario, user);
    else if (view === 'import') await importDuringFault(scenario, user);
    else {
      applyFault(scenario);
      await refreshAll(queryClient);
      switch (OUTCOME[scenario]) {
        case 'fails':
          await expectKeptAndMarked(view, scenario);
          break;
        case 'empty':
          await expectEmptied(view);
          break;
        case 'recovers':
          await whenLoaded(view);
          expectNoStaleMark();
          break;
      }
    }
    expectNoUnverifiedNumber();
  });
});
