// The data set the mock API serves: the programme, its thrusts, the departments and the indicators.
import type { Indicator } from '@/domain/schemas';
import { t1Indicators } from './indicators-t1';
import { t2Indicators } from './indicators-t2';
import { t2AnswerIndicators } from './indicators-t2-answers';
import { t3Indicators } from './indicators-t3';
import { t4Indicators } from './indicators-t4';
import { t4FinanceIndicators } from './indicators-t4-finance';
import { t4OpeningIndicators } from './indicators-t4-opening';

export { departments, programme, thrusts } from './programme';

export const indicators: Indicator[] = [
  ...t1Indicators,
  ...t2Indicators,
  ...t2AnswerIndicators,
  ...t3Indicators,
  ...t4Indicators,
  ...t4FinanceIndicators,
  ...t4OpeningIndicators,
];
