// Moved to core/cells/tableHeader.ts (measures reads headers too); kept for parallel branches.
export * from '../cells/tableHeader';
