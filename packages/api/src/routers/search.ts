import { z } from 'zod';
import {
  findPractitionersInput,
  idSchema,
  practitionerSlotsInput,
  searchNetworkInput,
  searchPractitionersInput,
  whyNoTimesInput,
} from '@bn/domain';
import { agentProcedure, router } from '../trpc.js';
import { searchPractitioners } from '../use-cases/search/search-practitioners.js';
import { searchForAgent } from '../use-cases/search/search-for-agent.js';
import { getPractitionerSlots } from '../use-cases/search/get-practitioner-slots.js';
import { getPractitioner } from '../use-cases/search/get-practitioner.js';
import { listSearchFilters } from '../use-cases/search/list-search-filters.js';
import { whyNoTimes } from '../use-cases/search/why-no-times.js';
import { findPractitioners } from '../use-cases/search/find-practitioners.js';

/** The insurer agent's search: always scoped to the agent's own insurer. */
export const searchRouter = router({
  filters: agentProcedure.query(({ ctx }) => listSearchFilters({ em: ctx.em, insurerId: ctx.insurerId })),

  network: agentProcedure
    .input(searchNetworkInput)
    .query(({ ctx, input }) => searchForAgent({ em: ctx.em, insurerId: ctx.insurerId, input, now: ctx.now() })),

  /** The results by practitioner: a page of practitioners, earliest free time (or nearest) first. */
  practitioners: agentProcedure
    .input(searchPractitionersInput)
    .query(({ ctx, input }) => searchPractitioners({ em: ctx.em, insurerId: ctx.insurerId, input, now: ctx.now() })),

  practitionerSlots: agentProcedure
    .input(practitionerSlotsInput)
    .query(({ ctx, input }) => getPractitionerSlots({ em: ctx.em, insurerId: ctx.insurerId, input, now: ctx.now() })),

  practitioner: agentProcedure
    .input(z.object({ practitionerId: idSchema }))
    .query(({ ctx, input }) => getPractitioner({ em: ctx.em, practitionerId: input.practitionerId })),

  findPractitioners: agentProcedure
    .input(findPractitionersInput)
    .query(({ ctx, input }) => findPractitioners({ em: ctx.em, name: input.name })),

  whyNoTimes: agentProcedure
    .input(whyNoTimesInput)
    .query(({ ctx, input }) => whyNoTimes({ em: ctx.em, insurerId: ctx.insurerId, ...input, now: ctx.now() })),
});
