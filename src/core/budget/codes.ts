// Moved to core/findings/budgetCodes.ts (one catalog of every finding code); kept for parallel branches.
export * from '../findings/budgetCodes';
