import { useState } from 'react';
import { todayIso } from '@/lib/clock';

/** The day statuses are judged on, fixed for the life of the view. */
export function useToday(): string {
  const [today] = useState(todayIso);
  return today;
}
