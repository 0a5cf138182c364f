import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { usePreferences } from '@/stores/preferences';
import { currentUrl, renderApp } from '@tests/render';

describe('preferences', () => {
  it('opens on the default department, written into the URL', async () => {
    usePreferences.setState({ defaultDepartment: 'ndrc' });
    const { router } = renderApp('/');
    await waitFor(() => expect(currentUrl(router)).toBe('/?dept=ndrc'));
    const panel = await screen.findByRole('region', { name: '核心数据' });
    await waitFor(() =>
      expect(
        within(panel)
          .getAllByText(/^F\d$/)
          .map((e) => e.textContent),
      ).toEqual(['F7']),
    );
  });

  it('a link with its own filters wins over the default department', async () => {
    usePreferences.setState({ defaultDepartment: 'ndrc' });
    const { router } = renderApp('/?thrust=T1');
    const panel = await screen.findByRole('region', { name: '核心数据' });
    await within(panel).findAllByText(/^F\d$/);
    expect(currentUrl(router)).toBe('/?thrust=T1');
  });

  it('choosing the dark theme applies it to the page and remembers it', async () => {
    const { user } = renderApp('/');
    await user.selectOptions(await screen.findByRole('combobox', { name: '主题' }), 'dark');
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(usePreferences.getState().theme).toBe('dark');
  });
});
