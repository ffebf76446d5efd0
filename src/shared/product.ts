// Owns the product's identity, one definition for every entry point.
export const PRODUCT_NAME = 'Residency Scheduler';
export const APP_ID = 'org.residency-scheduler.desktop';
