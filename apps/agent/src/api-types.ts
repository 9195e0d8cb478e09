// The shapes the agent screens read, inferred from the API's router so they never drift from the server.
import type { AppRouter, inferRouterInputs, inferRouterOutputs } from '@bn/api';

type Inputs = inferRouterInputs<AppRouter>;
type Outputs = inferRouterOutputs<AppRouter>;

export type NetworkInput = Inputs['search']['network'];
export type SlotHit = Outputs['search']['network']['hits'][number];
export type PractitionerSlots = Outputs['search']['practitionerSlots'];
export type PractitionersInput = Inputs['search']['practitioners'];
export type PractitionerPage = Outputs['search']['practitioners'];
export type PractitionerResult = PractitionerPage['practitioners'][number];
export type WhyNoTimes = Outputs['search']['whyNoTimes'];
export type WhyItem = WhyNoTimes['items'][number];
export type HoldResult = Outputs['booking']['hold'];
export type AgentBooking = Outputs['booking']['mine'][number];
