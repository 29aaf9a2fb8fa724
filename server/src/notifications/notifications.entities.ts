/** The entities of this module, registered in database/entities.ts. */
export const NOTIFICATION_ENTITIES: Function[] = [];
