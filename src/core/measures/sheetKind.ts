// Moved to core/validation/detectSheetKind.ts (it knows budget and measures tables alike); kept for
// parallel branches this session.
export * from '../validation/detectSheetKind';
