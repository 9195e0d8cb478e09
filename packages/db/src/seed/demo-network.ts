// The demo network as a network configuration document (docs/network-config.md). The seed imports it through the
// same use case as `pnpm network:import`; it is parsed and checked there, so here it is only data.
import demoNetwork from './demo-network.json' with { type: 'json' };

export const demoNetworkDocument: unknown = demoNetwork;
