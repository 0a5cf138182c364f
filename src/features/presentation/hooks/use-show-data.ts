// The show's data, refreshed on the playlist's interval. A failed refresh keeps the last good data
// on screen and says how old it is; the next refresh recovers by itself.
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useAssessedIndicators } from '@/hooks/use-assessed-indicators';
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

export function useShowData(refreshSeconds: number) {
  const refetchInterval = refreshSeconds * 1000;
  const live = { refetchInterval, refetchIntervalInBackground: true } as const;
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

  return {
    today,
    programme: programme.data,
    thrusts: thrusts.data,
    departments: departments.data,
    indicators: indicators.data,
    ready,
    failing,
    error,
    /** When the oldest of the data on screen was fetched (ms); null until every part has arrived. */
    updatedAt: ready && Number.isFinite(updatedAt) ? updatedAt : null,
  };
}

export type ShowData = ReturnType<typeof useShowData>;
