// While a save is on its way, what was typed must survive the tab: leaving asks first, and a
// reload (or a crash) finds the draft again in this tab's session storage.
import { useEffect } from 'react';

const key = (indicatorId: string) => `npf:entry-draft:${indicatorId}`;

/** The draft kept for this indicator by a save a reload interrupted, or null. */
/** `empty` names the fields, all text; only those are read back. */
export function readKeptDraft<D extends object>(indicatorId: string, empty: D): D | null {
  let stored: unknown;
  try {
    stored = JSON.parse(sessionStorage.getItem(key(indicatorId)) ?? 'null');
  } catch {
    return null;
  }
  if (typeof stored !== 'object' || stored === null) return null;
  // Only the fields this form has, and only text: anything else in storage is not ours.
  const draft = { ...empty };
  for (const [field, value] of Object.entries(stored)) {
    if (field in empty && typeof value === 'string') Object.assign(draft, { [field]: value });
  }
  return draft;
}

export function keepDraft(indicatorId: string, draft: object): void {
  try {
    sessionStorage.setItem(key(indicatorId), JSON.stringify(draft));
  } catch {
    // Storage full or disabled: the warning before leaving still protects the draft.
  }
}

export function dropKeptDraft(indicatorId: string): void {
  try {
    sessionStorage.removeItem(key(indicatorId));
  } catch {
    // Nothing was kept.
  }
}

/** Asks before the page is left or reloaded while `saving`. */
export function useLeaveWarning(saving: boolean): void {
  useEffect(() => {
    if (!saving) return;
    const ask = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [saving]);
}
