// Moved to core/findings/measuresCodes.ts (one catalog of every finding code); kept for parallel branches.
export * from '../findings/measuresCodes';
