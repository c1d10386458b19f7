// Moved to core/validation/validateWorkbook.ts (it checks budget and measures tables alike); kept for
// parallel branches this session.
export * from '../validation/validateWorkbook';
