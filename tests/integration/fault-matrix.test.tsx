// The fault matrix, first half: every view opened while the API misbehaves in each scenario, with
// the app's real retry policy (only the waits between attempts shortened). What the user must see:
// the message in Chinese with a retry where one can help, an empty state that says so, the data
// once a slow or flaky API answers, and never a figure from a payload that failed validation.
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, beforeEach } from 'vitest';
import { FAULTS, type FaultName } from '@mocks/handlers/faults';
import {
  expectAlert,
  expectNoUnverifiedNumber,
  FIGURE,
  OUTCOME,
  openView,
  PANELS,
  restoreTimeout,
  uploadGoodFile,
  applyFault,
  VIEWS,
  whenLoaded,
  type View,
} from '@tests/faults/matrix';
import { signInAs } from '@tests/session';

// Signed in before any fault applies: the views as someone who may record sees them.
beforeEach(() => signInAs('admin'));

afterEach(restoreTimeout);

async function expectFailure(view: View, scenario: FaultName) {
  // A thrust's page needs the thrust list first: when that fails, the page says so as a whole.
  const panels = view === 'thrust' ? undefined : PANELS[view];
  if (panels) {
    for (const name of panels) {
      await expectAlert(await screen.findByRole('region', { name }), scenario);
    }
  } else if (view === 'presentation') {
    // A 404 is not transient: the show must not say it is retrying.
    const text: Partial<Record<FaultName, string | RegExp>> = {
      invalid: '数据未通过校验，未予显示；下次刷新时会再试。',
      malformed: '服务器返回的内容无法读取（不是有效的 JSON），未予显示；下次刷新时会再试。',
      '404': /^服务器返回错误（404）.*重试不会改变结果/,
    };
    const shown = await screen.findByText(text[scenario] ?? '暂时无法获取数据，正在自动重试…');
    if (scenario === '404') expect(shown).not.toHaveTextContent('正在自动重试');
  } else if (view === 'import') {
    const page = await screen.findByRole('region', { name: '从 CSV 导入观测值' });
    expect(
      await within(page).findByText('暂时无法读取指标清单，因此不能校验导入文件。'),
    ).toBeInTheDocument();
    await expectAlert(page, scenario);
  } else if (scenario === '404' && (view === 'indicator' || view === 'data entry')) {
    // The indicator itself is what the server does not have.
    expect(await screen.findByRole('alert')).toHaveTextContent('没有编号为“metro-gdp”的指标。');
  } else {
    await expectAlert(document.body, scenario);
  }
  if (view === 'data entry') {
    expect(screen.queryByRole('region', { name: '录入观测值' })).toBeNull();
  }
  // Nothing to show, so no figure at all: not the healthy one, not the unverified one.
  expect(screen.queryByText(FIGURE)).toBeNull();
}

async function expectEmpty(view: View, user: ReturnType<typeof openView>['user']) {
  const find = (text: string) => screen.findAllByText(text);
  switch (view) {
    case 'overview':
      for (const name of ['核心数据', '需要关注']) {
        const region = await screen.findByRole('region', { name });
        expect(await within(region).findByText(/暂无指标数据/)).toBeInTheDocument();
      }
      expect(
        await within(screen.getByRole('region', { name: '四个方面' })).findByText(/暂无方面数据/),
      ).toBeInTheDocument();
      return;
    case 'thrust':
      expect(await find('暂无方面数据：数据服务返回的清单为空。')).not.toHaveLength(0);
      return;
    case 'indicator':
    case 'data entry':
      expect(await screen.findByRole('alert')).toHaveTextContent('没有编号为“metro-gdp”的指标。');
      return;
    case 'departments':
      expect(await find('暂无部门数据：数据服务返回的清单为空。')).not.toHaveLength(0);
      return;
    case 'presentation':
      expect(await find('暂无指标数据：数据服务返回的指标清单为空。')).not.toHaveLength(0);
      return;
    case 'import': {
      await whenLoaded('import');
      await uploadGoodFile(user);
      const preview = await screen.findByRole('region', { name: '预览' });
      expect(preview).toHaveTextContent('indicator_id 列：没有这个指标编号。');
      return;
    }
  }
}

async function expectRecovered(
  view: View,
  scenario: FaultName,
  user: ReturnType<typeof openView>['user'],
) {
  if (scenario === 'slow' && view !== 'import') {
    // The wait is visible: a loading state first, never a blank.
    await waitFor(() =>
      expect(
        screen.queryAllByRole('status', { name: '正在加载…' }).length +
          screen.queryAllByText(/正在获取数据|正在加载/).length,
      ).toBeGreaterThan(0),
    );
  }
  await whenLoaded(view);
  if (view === 'import') {
    await uploadGoodFile(user);
    const preview = await screen.findByRole('region', { name: '预览' });
    expect(preview).toHaveTextContent('可导入');
  }
  expect(screen.queryAllByRole('alert')).toHaveLength(0);
  expect(screen.queryByText(/未能刷新/)).toBeNull();
}

describe.each(FAULTS)('opened during the "%s" scenario', (scenario) => {
  it.each(VIEWS)('%s', async (view) => {
    applyFault(scenario);
    const { user } = openView(view);
    switch (OUTCOME[scenario]) {
      case 'fails':
        await expectFailure(view, scenario);
        break;
      case 'empty':
        await expectEmpty(view, user);
        break;
      case 'recovers':
        await expectRecovered(view, scenario, user);
        break;
    }
    expectNoUnverifiedNumber();
  });
});
