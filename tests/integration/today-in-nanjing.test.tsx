// "Today" is Nanjing's calendar day: at 07:30 in Nanjing the UTC day is still yesterday, and the
// form must accept today's date there rather than call it a future date.
import { screen, within } from '@testing-library/react';
import { delay, http } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { server } from '@mocks/node';
import { clock } from '@/lib/clock';
import { renderApp } from '@tests/render';
import { signInAs } from '@tests/session';

/** 2026-12-01 07:30 in Nanjing is 2026-11-30 23:30 UTC. */
const NANJING_0730 = new Date('2026-11-30T23:30:00Z');

describe('today in Nanjing, at 07:30 China time', () => {
  afterEach(() => vi.useRealTimers());

  async function submitDate(date: string) {
    // The real clock at a fixed moment: only Date is faked, so timers and the mock API still run.
    vi.mocked(clock.now).mockRestore();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NANJING_0730);
    // The form's own check is under test; the API's answer is held so what the form did shows.
    server.use(http.post('*/indicators/:id/observations', () => delay('infinite')));
    await signInAs('admin');
    const { user } = renderApp('/indicators/metro-gdp');
    const form = await screen.findByRole('region', { name: '录入观测值' }, { timeout: 5000 });
    await user.type(await within(form).findByLabelText('数据日期'), date);
    await user.type(within(form).getByLabelText('数值'), '6.3万亿');
    await user.click(within(form).getByRole('button', { name: '保存' }));
    return { form, field: within(form).getByLabelText('数据日期') };
  }

  it('accepts today’s Nanjing date, though the UTC day is still the day before', async () => {
    const { form, field } = await submitDate('2026-12-01');
    expect(await within(form).findByRole('button', { name: '正在保存…' })).toBeDisabled();
    expect(field).not.toHaveAttribute('aria-invalid', 'true');
    expect(within(form).queryByText(/日期不能晚于今天/)).not.toBeInTheDocument();
  });

  it('refuses tomorrow in Nanjing, naming Nanjing’s today', async () => {
    const { field } = await submitDate('2026-12-02');
    expect(field).toHaveAccessibleDescription(
      expect.stringContaining('日期不能晚于今天（2026年12月1日）。'),
    );
    expect(field).toHaveAttribute('aria-invalid', 'true');
  });
});
