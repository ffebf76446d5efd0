// Owns the academic-year actions: creating a year from a block preset (optionally rolled over
// from an earlier one) and saving a year's edited blocks. The list of years itself is the
// program picker's; each action answers main's envelope so the app can hand the year over to it.
import { create } from 'zustand';
import { devtools } from 'zustand/middleware';
import type { AppContract, Envelope, InputOf } from '../../../../shared/contract';
import type { AcademicYear } from '../../../../shared/domain';
import { request } from '../../../api/request';
import { devtoolsEnabled } from '../../../lib/devtools';

export interface YearsActions {
  create: (input: InputOf<AppContract, 'schedule.years.create'>) => Promise<Envelope<AcademicYear>>;
  updateBlocks: (input: InputOf<AppContract, 'schedule.years.updateBlocks'>) => Promise<Envelope<AcademicYear>>;
}

export const useYearsStore = create<YearsActions>()(
  devtools(
    () => ({
      create: (input) => request('schedule.years.create', input),
      updateBlocks: (input) => request('schedule.years.updateBlocks', input),
    }),
    { name: 'years', enabled: devtoolsEnabled() },
  ),
);
