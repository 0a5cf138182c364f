// The fault matrix's shared parts: the views, what each scenario should make the user see, and
// the checks both halves of the matrix (opened during a fault; fault after good data) use.
import { screen, waitFor, within } from '@testing-library/react';
import { expect } from 'vitest';
import { db } from '@mocks/db';
import { faultHandlers, type FaultName } from '@mocks/handlers/faults';
import { server } from '@mocks/node';
import { setRequestTimeout } from '@/lib/api/client';
import { renderApp } from '@tests/render';

export const VIEWS = [
  'overview',
  'thrust',
  'indicator',
  'departments',
  'presentation',
  'import',
  'data entry',
] as const;
export type View = (typeof VIEWS)[number];

export const PATHS: Record<View, string> = {
  overview: '/',
  thrust: '/thrusts/T4',
  indicator: '/indicators/metro-gdp',
  departments: '/departments',
  presentation: '/present?interval=600&slides=headlines',
  import: '/import',
  'data entry': '/indicators/metro-gdp',
};

/** How the user's view should come out of a scenario. */
export type Outcome = 'recovers' | 'fails' | 'empty';
export const OUTCOME: Record<FaultName, Outcome> = {
  slow: 'recovers',
  flaky: 'recovers',
  '500': 'fails',
  '404': 'fails',
  offline: 'fails',
  timeout: 'fails',
  malformed: 'fails',
  invalid: 'fails',
  empty: 'empty',
};

/** What the panel says, in Chinese, for each failing scenario. */
export const MESSAGE: Record<FaultName, RegExp> = {
  '500': /服务器返回错误（500）/,
  '404': /服务器返回错误（404）/,
  // Our own words, not the browser's raw "Failed to fetch" (that stays folded under the details).
  offline: /无法连接数据服务：网络不通，或服务没有运行。/,
  timeout: /数据服务 [\d.]+ 秒内没有答复，已停止等待/,
  malformed: /服务器返回的内容无法读取（不是有效的 JSON），未予显示/,
  invalid: /数据未通过校验，未予显示/,
  slow: /$^/,
  flaky: /$^/,
  empty: /$^/,
};

/** A 4xx will not change on a retry: no button, and a hint instead. */
export const retryable = (scenario: FaultName) => scenario !== '404';

/** The figure each view leads with when the API is healthy (none for the import page). */
export const FIGURE = '超5万亿元';

/** Any rendering of the sentinel figure that the `invalid` scenario hides among its values. */
const UNVERIFIED = /987,?654,?321|9\.8\d?亿|9\.9亿|98765\.?\d*万/;

/** The test's API: healthy handlers, short waits. A timeout test must not take ten seconds. */
export function applyFault(scenario: FaultName) {
  if (scenario === 'timeout') setRequestTimeout(400);
  server.use(...faultHandlers(scenario, { latencyMs: 150, every: 3 }));
}

export function restoreTimeout() {
  setRequestTimeout(10_000);
}

/** The views as the demo admin sees them (sign in before a fault is applied: tests/session.ts). */
export function openView(view: View) {
  return renderApp(PATHS[view], { retries: true });
}

const panel = (name: string) => screen.getByRole('region', { name });
export const PANELS: Partial<Record<View, string[]>> = {
  overview: ['核心数据', '四个方面', '需要关注', '全部举措与指标'],
  thrust: ['举措与指标'],
  departments: ['部门记分卡'],
};

/** Waits for the view with healthy data on screen. */
export async function whenLoaded(view: View) {
  switch (view) {
    case 'overview':
      await within(await screen.findByRole('region', { name: '核心数据' })).findByText(FIGURE);
      await within(panel('四个方面')).findAllByText(/项举措/);
      return;
    case 'thrust':
      await within(await screen.findByRole('region', { name: '举措与指标' })).findAllByRole('row');
      return;
    case 'indicator':
    case 'data entry':
      await screen.findByRole('region', { name: '录入观测值' });
      await screen.findByRole('table', { name: /观测值、目标与应达路径/ });
      return;
    case 'departments':
      await within(await screen.findByRole('region', { name: '部门记分卡' })).findAllByText(
        /负责 \d+ 项/,
      );
      return;
    case 'presentation':
      await screen.findByText(FIGURE);
      return;
    case 'import':
      await screen.findByLabelText('选择文件');
      return;
  }
}

/** No figure from a payload that failed validation, in any form, anywhere on the page. */
export function expectNoUnverifiedNumber() {
  expect(document.body.textContent).not.toMatch(UNVERIFIED);
}

/** Some alert in `container` says what went wrong, in Chinese, with a retry where one can help. */
export async function expectAlert(container: HTMLElement, scenario: FaultName) {
  await waitFor(() => {
    const alerts = within(container).getAllByRole('alert');
    const alert = alerts.find((a) => MESSAGE[scenario].test(a.textContent));
    expect(alert, `an alert matching ${MESSAGE[scenario]}`).toBeDefined();
    const retry = within(alert!).queryByRole('button', { name: '重试' });
    if (retryable(scenario)) expect(retry).toBeInTheDocument();
    else {
      expect(retry).toBeNull();
      expect(alert).toHaveTextContent('重试不会改变结果');
    }
  });
}

/** The data on screen is old and says so: a "could not refresh" mark, the figures faded. */
export async function expectStale(container: HTMLElement, scenario: FaultName) {
  await waitFor(() => {
    const notice = within(container)
      .getAllByRole('status')
      .find((s) => s.textContent.includes('未能刷新'));
    expect(notice, 'a "could not refresh" mark').toBeDefined();
    expect(notice).toHaveTextContent(MESSAGE[scenario]);
    expect(notice).toHaveTextContent(/以下是 .+ 获取的数据，可能已过时/);
    const retry = within(notice!).queryByRole('button', { name: '重试' });
    if (retryable(scenario)) expect(retry).toBeInTheDocument();
    else expect(retry).toBeNull();
  });
  const stale = container.querySelectorAll('[data-stale="true"]');
  expect(stale.length).toBeGreaterThan(0);
}

/** Every occurrence of `text` sits inside data marked stale. */
export function expectOnlyMarked(text: string) {
  const hits = screen.getAllByText(text);
  for (const hit of hits) expect(hit.closest('[data-stale="true"]')).not.toBeNull();
}

export function expectNoStaleMark() {
  expect(screen.queryByText(/未能刷新/)).toBeNull();
  expect(document.querySelector('[data-stale="true"]')).toBeNull();
}

const CSV_HEADER = 'indicator_id,date,value,qualifier,provenance';
export function goodCsv() {
  return new File(
    [`\uFEFF${CSV_HEADER}\r\nmetro-gdp,2026-06-30,5.8万亿,about,illustrative\r\n`],
    'ok.csv',
    {
      type: 'text/csv',
    },
  );
}

export function observationCount(id: string): number {
  const found = db.get().indicators.find((i) => i.id === id);
  return found?.kind === 'quantitative' ? found.observations.length : -1;
}

export type User = ReturnType<typeof renderApp>['user'];

export async function uploadGoodFile(user: User) {
  await user.upload(screen.getByLabelText('选择文件'), goodCsv());
}

export async function fillObservation(user: User, form: HTMLElement) {
  await user.type(await within(form).findByLabelText('数据日期'), '2026-10-31');
  await user.type(within(form).getByLabelText('数值'), '6.2万亿');
  await user.click(within(form).getByRole('button', { name: '保存' }));
}
