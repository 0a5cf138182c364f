// The show's data, refreshed on the playlist's interval. A failed refresh keeps the last good data
// on screen and says how old it is; the next refresh recovers by itself. A screen whose pairing was
// revoked (401 displayRevoked) stops asking: that answer will not change.
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useAssessedIndicators } from '@/hooks/use-assessed-indicators';
import { ApiError } from '@/lib/api/client';
import { departmentQueries, programmeQueries, thrustQueries } from '@/lib/api/queries';
import { todayIso } from '@/lib/clock';

/** The current day, checked every minute, so statuses move on when a show runs past midnight. */
function useCurrentDay(): string {
  const [day, setDay] = useState(todayIso);
  useEffect(() => {
    const id = setInterval(() => setDay(todayIso()), 60_000);
    return () => clearInterval(id);
  }, []);
  return day;
}

const isRevoked = (error: unknown) =>
  error instanceof ApiError && error.problemCode === 'displayRevoked';

export function useShowData(refreshSeconds: number) {
  // Once revoked, for good: the notice stays even if a cached answer came back meanwhile.
  const [revoked, setRevoked] = useState(false);
  const refetchInterval = revoked ? 0 : refreshSeconds * 1000;
  const live = {
    refetchInterval: refetchInterval > 0 ? refetchInterval : (false as const),
    refetchIntervalInBackground: true,
  };
  const today = useCurrentDay();
  const programme = useQuery({ ...programmeQueries.detail(), ...live });
  const thrusts = useQuery({ ...thrustQueries.list(), ...live });
  const departments = useQuery({ ...departmentQueries.list(), ...live });
  const indicators = useAssessedIndicators({ today, refetchInterval });

  const queries = [programme, thrusts, departments, indicators];
  const ready = queries.every((q) => q.data !== undefined);
  // Stale when the newest refresh failed while older data is still shown.
  const failing = queries.some(
    (q) => q.isRefetchError || (q.data !== undefined && q.errorUpdatedAt > q.dataUpdatedAt),
  );
  const updatedAt = Math.min(...queries.map((q) => q.dataUpdatedAt || Number.POSITIVE_INFINITY));
  const error = queries.find((q) => q.error)?.error ?? null;
  const revokedNow = queries.some((q) => isRevoked(q.error));
  // Remembered during render (React's pattern for state derived from what was seen).
  if (revokedNow && !revoked) setRevoked(true);

  return {
    today,
    programme: programme.data,
    thrusts: thrusts.data,
    departments: departments.data,
    indicators: indicators.data,
    ready,
    failing,
    /** The screen was unpaired: the show is over. */
    revoked: revoked || revokedNow,
    error,
    /** When the oldest of the data on screen was fetched (ms); null until every part has arrived. */
    updatedAt: ready && Number.isFinite(updatedAt) ? updatedAt : null,
  };
}

export type ShowData = ReturnType<typeof useShowData>;
