export const REINTEGRATION_SOURCE = 'setu.reintegration';
