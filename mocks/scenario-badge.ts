// The developer's panel in mock mode: while a scenario is on, a small badge says which (so a fault
// is never mistaken for the real service), lets another be chosen, and ends it. Plain DOM, not
// React: mocks/ stays outside the app, and nothing here is shown unless `?mock=` asked for it.
import { SCENARIOS, type ScenarioName } from './scenarios';

function go(name: string): void {
  const url = new URL(window.location.href);
  url.searchParams.set('mock', name);
  window.location.assign(url.toString());
}

export function showScenarioBadge(active: ScenarioName): void {
  const box = document.createElement('aside');
  box.setAttribute('aria-label', '模拟场景 Mock scenario');
  box.dataset.mockScenario = active;
  // Set through the CSSOM, which the page's Content-Security-Policy allows (no inline <style>).
  Object.assign(box.style, {
    position: 'fixed',
    right: '8px',
    bottom: '8px',
    zIndex: '1000',
    display: 'flex',
    gap: '6px',
    alignItems: 'center',
    padding: '4px 8px',
    font: '13px/1.4 system-ui, sans-serif',
    color: '#fff',
    background: '#7a1f5c',
    borderRadius: '6px',
    boxShadow: '0 1px 4px rgba(0,0,0,.4)',
  });

  const label = document.createElement('label');
  label.textContent = '模拟场景 Mock: ';
  const select = document.createElement('select');
  for (const name of SCENARIOS) {
    const option = document.createElement('option');
    option.value = name;
    option.textContent = name;
    option.selected = name === active;
    select.append(option);
  }
  select.addEventListener('change', () => go(select.value));
  const control = { color: '#111', background: '#fff', font: 'inherit', borderRadius: '3px' };
  Object.assign(select.style, control);
  label.append(select);

  const end = document.createElement('button');
  end.type = 'button';
  end.textContent = '结束 End';
  end.addEventListener('click', () => go('off'));
  Object.assign(end.style, control, { border: '1px solid #fff', cursor: 'pointer' });

  box.append(label, end);
  document.body.append(box);
}
