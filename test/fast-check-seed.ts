import fc from 'fast-check';

// Property tests run from a fixed seed, so `npm test` answers the same on every run: a run that fails
// by chance would keep a whole submission from landing. `FC_SEED=random npm run test:unit` explores
// new cases (or `FC_SEED=<n>` replays one run); a case it finds is fixed and kept as an example
// beside its property.
const seed = process.env.FC_SEED;
if (seed !== 'random') fc.configureGlobal({ seed: seed ? Number(seed) : 20261129 });
